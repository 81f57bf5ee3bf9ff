'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function ClassTabs({ tabs, label }: { tabs: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print mt-2 border-b border-brand-100">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab, index) => {
          const current = index === 0 ? pathname === tab.href || pathname.startsWith(`${tab.href}/les/`) : pathname.startsWith(tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block rounded-t-md border-b-2 px-3 py-2 font-medium ${current ? 'border-brand-600 text-brand-800' : 'border-transparent text-gray-700 hover:text-brand-800'}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
