import { getTranslations } from 'next-intl/server';
import { LogoutButton } from '@/components/auth/logout-button';
import { MainNav } from '@/components/layout/main-nav';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { requireUser } from '@/lib/auth/current-user';
import { navigationFor } from '@/lib/auth/navigation';

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations('auth');
  const tNav = await getTranslations('nav');
  const items = navigationFor(user.role).map((item) => ({ href: item.href, label: tNav(item.key) }));
  return (
    <>
      <SiteHeader>
        <MainNav items={items} label={tNav('main')} />
        <div className="flex items-center gap-3 text-sm">
          <span className="text-gray-700">
            {user.name} <span className="text-gray-500">· {t(`roles.${user.role}`)}</span>
          </span>
          <LogoutButton label={t('logout')} />
        </div>
      </SiteHeader>
      <main id="inhoud" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
