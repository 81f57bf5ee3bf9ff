import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SetPasswordForm } from '@/components/auth/set-password-form';
import { SiteHeader } from '@/components/layout/site-header';
import { Alert } from '@/components/ui/alert';
import { findOpenInvitation } from '@/lib/auth/invitations';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  // The address holds a secret: keep it out of search engines.
  return { title: t('inviteTitle'), robots: { index: false, follow: false } };
}

/** Where a one-time link leads: choose a password, then be signed in. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findOpenInvitation(token);
  const t = await getTranslations('auth');
  return (
    <>
      <SiteHeader />
      <main id="inhoud" className="mx-auto max-w-xl px-4 py-10">
        <h1 className="text-3xl font-bold text-brand-800">{t('inviteTitle')}</h1>
        {invitation ? (
          <>
            <p className="mt-2 text-gray-700">{t('inviteIntro', { email: invitation.email })}</p>
            <SetPasswordForm token={token} />
          </>
        ) : (
          <div className="mt-6">
            <Alert tone="warning">{t('inviteInvalid')}</Alert>
          </div>
        )}
      </main>
    </>
  );
}
