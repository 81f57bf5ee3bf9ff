import { getTranslations } from 'next-intl/server';
import { DEMO_PASSWORD, demoSchools, demoStaff } from '@/lib/demo/demo-data';

export async function DemoAccounts() {
  const t = await getTranslations('auth');
  const rows = [
    ...demoStaff.map((s) => ({ email: s.email, role: t(`roles.${s.role}`), where: '' })),
    ...demoSchools.flatMap((school) => [
      { email: school.teacher.email, role: t('roles.TEACHER'), where: `${school.name}, ${school.className}` },
      { email: school.careWorker.email, role: t('roles.CARE_WORKER'), where: `${school.name}, ${school.className}` },
    ]),
  ];
  return (
    <section aria-labelledby="demo-title" className="rounded-lg border border-brand-100 bg-white p-5">
      <h2 id="demo-title" className="text-xl font-bold text-brand-800">
        {t('demoTitle')}
      </h2>
      <p className="mt-1 text-sm text-gray-700">{t.rich('demoIntro', { password: () => <code className="font-mono font-semibold">{DEMO_PASSWORD}</code> })}</p>
      <table className="mt-3 w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-2">{t('demoRole')}</th>
            <th scope="col" className="py-1">{t('demoAccount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.email} className="border-t border-gray-100 align-top">
              <td className="py-1 pr-2">
                {row.role}
                {row.where ? <span className="block text-xs text-gray-600">{row.where}</span> : null}
              </td>
              <td className="break-all py-1 font-mono text-xs">{row.email}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
