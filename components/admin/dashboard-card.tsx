import Link from 'next/link';

/** One section of the admin's start page: a heading that is the link, and what it holds. */
export function DashboardCard({ href, title, summary, text }: { href: string; title: string; summary?: string; text: string }) {
  return (
    <li className="relative flex flex-col gap-1 rounded-lg border border-brand-100 bg-white p-5 focus-within:ring-2 focus-within:ring-amber-700 hover:border-brand-600">
      <h2 className="text-xl font-bold text-brand-800">
        {/* The whole card is clickable; the link itself is the heading, so it reads as one. */}
        <Link href={href} className="underline-offset-2 after:absolute after:inset-0 hover:underline focus-visible:outline-none">
          {title}
        </Link>
      </h2>
      {summary ? <p className="font-semibold">{summary}</p> : null}
      <p className="text-gray-700">{text}</p>
    </li>
  );
}
