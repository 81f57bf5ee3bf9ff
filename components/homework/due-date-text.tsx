import { getFormatter, getTranslations } from 'next-intl/server';
import type { UndatedReason } from '@/lib/homework/schedule';
import { dayToDate } from '@/lib/today/day';

/** "Terug uiterlijk …", or why there is no date yet ("de volgende les is nog niet gepland"). */
export async function DueDateText({ dueDate, undatedReason }: { dueDate: string | null; undatedReason: UndatedReason | null }) {
  const t = await getTranslations('homework.due');
  const format = await getFormatter();
  if (dueDate) return <>{t('date', { date: format.dateTime(dayToDate(dueDate), { weekday: 'long', day: 'numeric', month: 'long' }) })}</>;
  return <>{t(undatedReason ?? 'nextLessonNotScheduled')}</>;
}
