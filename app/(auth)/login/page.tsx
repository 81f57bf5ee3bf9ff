import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { DemoAccounts } from '@/components/auth/demo-accounts';
import { SiteHeader } from '@/components/layout/site-header';
import { getCurrentUser } from '@/lib/auth/current-user';
import { landingPath } from '@/lib/auth/landing';
import { demoAccountsShown } from '@/lib/demo/visibility';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('loginTitle') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const user = await getCurrentUser();
  if (user) redirect(landingPath(user.role));
  const t = await getTranslations('auth');
  const { callbackUrl } = await searchParams;
  // Only same-site paths: never send a user on to another site after signing in.
  const next = callbackUrl && callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/start';
  return (
    <>
      <SiteHeader />
      <main id="inhoud" className="mx-auto grid max-w-5xl gap-10 px-4 py-10 md:grid-cols-2">
        <section aria-labelledby="login-title">
          <h1 id="login-title" className="text-3xl font-bold text-brand-800">
            {t('loginTitle')}
          </h1>
          <p className="mt-2 text-gray-700">{t('loginIntro')}</p>
          <LoginForm next={next} />
        </section>
        {demoAccountsShown() ? <DemoAccounts /> : null}
      </main>
    </>
  );
}
