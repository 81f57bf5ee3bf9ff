import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-3">{t('notFoundText')}</p>
      <Link href="/" className="mt-6 inline-block underline">
        {t('backHome')}
      </Link>
    </main>
  );
}
