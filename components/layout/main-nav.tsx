'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function MainNav({ items, label }: { items: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="order-last w-full sm:order-none sm:w-auto">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = pathname === item.href || (item.href !== '/' && pathname.startsWith(`${item.href}/`) && !items.some((other) => other.href !== item.href && other.href.startsWith(item.href) && pathname.startsWith(other.href)));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block rounded-md px-3 py-2 font-medium ${current ? 'bg-brand-600 text-white' : 'text-brand-800 hover:bg-brand-50'}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
