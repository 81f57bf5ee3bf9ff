import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('app');
  return (
    <footer className="no-print mt-16 border-t border-brand-100 py-6 text-center text-sm text-gray-600">
      {t('footer')}
    </footer>
  );
}
