import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function SiteHeader({ children }: { children?: React.ReactNode }) {
  const t = await getTranslations('app');
  return (
    <header className="no-print border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800">
          {t('name')}
        </Link>
        {children}
      </div>
    </header>
  );
}
