import Link from 'next/link';

/** The way back up from an admin screen, above its heading. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="no-print mb-2 text-sm">
      <Link href={href} className="text-brand-800 underline underline-offset-2 hover:no-underline">
        <span aria-hidden="true">← </span>
        {label}
      </Link>
    </p>
  );
}
