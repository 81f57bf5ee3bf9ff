import { useTranslations } from 'next-intl';
import type { ActivityView } from '@/lib/programme/queries';
import { RichText } from './rich-text';
import { RoleBadge } from './role-badge';
import { Tag } from './tag';

const subheading = 'mt-4 mb-1 font-semibold text-brand-800 break-after-avoid';

/** One activity of section D, with each role's guidance under its own heading. */
export function ActivityItem({ activity, hideText }: { activity: ActivityView; hideText?: string | null }) {
  const t = useTranslations('programme.activity');
  const headingId = `onderdeel-${activity.number}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-brand-100 bg-white p-5 break-inside-avoid print:rounded-none print:border-0 print:border-l-2 print:border-gray-400 print:p-0 print:pl-4">
      <h3 id={headingId} className="text-lg font-bold break-after-avoid print:text-[13pt]">
        {t('heading', { number: activity.number, title: activity.title })}
      </h3>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <RoleBadge lead={activity.lead} />
        <Tag>{activity.minutes === null ? t('selfPlanned') : t('minutes', { minutes: activity.minutes })}</Tag>
        {activity.recurringOpening ? <Tag>{t('recurringOpening')}</Tag> : null}
        {activity.optional ? <Tag>{t('optional')}</Tag> : null}
        {activity.mentorHomework ? <Tag tone="accent">{t('mentorHomework')}</Tag> : null}
      </div>

      <h4 className={subheading}>{t('purpose')}</h4>
      <RichText text={activity.purpose} />

      <h4 className={subheading}>{t('guidance')}</h4>
      <RichText text={activity.guidance} />

      {activity.teacherGuidance || activity.careWorkerGuidance ? (
        <div className="mt-2 grid gap-4 md:grid-cols-2 print:grid-cols-2">
          {activity.teacherGuidance ? (
            <div className="rounded-md border-l-4 border-sky-700 bg-sky-50 p-3 print:bg-transparent">
              <h4 className="mb-1 font-semibold text-sky-900">{t('teacherGuidance')}</h4>
              <RichText text={activity.teacherGuidance} />
            </div>
          ) : null}
          {activity.careWorkerGuidance ? (
            <div className="rounded-md border-l-4 border-violet-700 bg-violet-50 p-3 print:bg-transparent">
              <h4 className="mb-1 font-semibold text-violet-900">{t('careWorkerGuidance')}</h4>
              <RichText text={activity.careWorkerGuidance} />
            </div>
          ) : null}
        </div>
      ) : null}

      {activity.pupilFacingText && activity.pupilFacingText !== hideText ? (
        <>
          <h4 className={subheading}>{t('pupilFacingText')}</h4>
          <blockquote className="border-l-4 border-amber-600 pl-3 text-lg">{activity.pupilFacingText}</blockquote>
        </>
      ) : null}

      {activity.options.length > 0 ? (
        <>
          <h4 className={subheading}>{t('options')}</h4>
          <ul className="list-disc space-y-1 pl-6">
            {activity.options.map((option) => (
              <li key={option.key}>
                {option.label}
                {option.description ? <span className="text-gray-700"> {option.description}</span> : null}
                {option.ownChoice ? <span className="text-gray-700"> ({t('ownChoice')})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {activity.attachments.length > 0 ? (
        <>
          <h4 className={subheading}>{t('attachments')}</h4>
          <ul className="space-y-1">
            {activity.attachments.map((attachment) => {
              const label = attachment.title
                ? t('attachment', { number: attachment.number, title: attachment.title })
                : t('attachmentWithoutTitle', { number: attachment.number });
              return (
                <li key={attachment.number}>
                  {attachment.file ? (
                    <a href={attachment.file.downloadUrl} className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-600" download>
                      {label}
                    </a>
                  ) : (
                    <span>
                      {label} <span className="text-gray-700">({t('notUploaded')})</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </article>
  );
}
