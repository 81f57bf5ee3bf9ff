import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { LessonView } from '@/components/programme/lesson-view';
import { requireUser } from '@/lib/auth/current-user';
import { getProgrammeLesson } from '@/lib/programme/queries';

type Props = { params: Promise<{ nummer: string }> };

// Metadata and page share one read per request.
const loadLesson = cache(async (nummer: string) => {
  const user = await requireUser();
  // Only plain lesson numbers: "01", "1.0" or "1e3" are not lesson 1 but a 404.
  return /^[1-9][0-9]?$/.test(nummer) ? getProgrammeLesson(user, Number(nummer)) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = await loadLesson((await params).nummer);
  if (!lesson) return {};
  const t = await getTranslations('programme.lesson');
  return { title: t('title', { number: lesson.number, title: lesson.title }) };
}

export default async function LessonPage({ params }: Props) {
  const lesson = await loadLesson((await params).nummer);
  if (!lesson) notFound();
  return <LessonView lesson={lesson} />;
}
