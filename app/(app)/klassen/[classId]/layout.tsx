import { getTranslations } from 'next-intl/server';
import { ClassTabs } from '@/components/classes/class-tabs';
import { requireUser } from '@/lib/auth/current-user';
import { seesPupilAliases } from '@/lib/auth/policy';
import { requireClass } from '@/lib/classes/access';

export default async function ClassLayout({ children, params }: { children: React.ReactNode; params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser();
  const schoolClass = await requireClass(user, classId, 'read');
  const t = await getTranslations('classes');
  const base = `/klassen/${schoolClass.id}`;
  const tabs = [
    { href: base, label: t('tabs.lessons') },
    ...(seesPupilAliases(user, schoolClass.id)
      ? [
          { href: `${base}/vandaag`, label: t('tabs.today') },
          { href: `${base}/leerlingen`, label: t('tabs.pupils') },
          { href: `${base}/huiswerk`, label: t('tabs.homework') },
          { href: `${base}/leerdoelen`, label: t('tabs.goals') },
          { href: `${base}/problemenbus`, label: t('tabs.problemBox') },
          { href: `${base}/vieren`, label: t('tabs.celebrate') },
        ]
      : []),
  ];
  return (
    <>
      <p className="no-print text-sm text-gray-700">
        {schoolClass.schoolName} · {t(`schoolKind.${schoolClass.schoolKind}`)}
      </p>
      <ClassTabs tabs={tabs} label={t('tabs.label', { name: schoolClass.name })} />
      <div className="mt-6">{children}</div>
    </>
  );
}
