import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';

export default async function HomePage() {
  const t = await getTranslations('home');
  return (
    <>
      <SiteHeader />
      <main id="inhoud" className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
        <p className="mt-4 text-lg leading-relaxed">{t('intro')}</p>
        <Link
          href="/login"
          className="mt-8 inline-block rounded-md bg-brand-600 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-700"
        >
          {t('login')}
        </Link>
      </main>
      <SiteFooter />
    </>
  );
}
