import { useFormatter, useTranslations } from 'next-intl';
import { useFileSizeText } from '@/components/programme/use-file-size-text';
import type { LessonMaterials } from '@/lib/materials/queries';
import { MaterialUploadForm } from './material-upload-form';

/** Every lesson's materials with their upload state and an upload form per material. */
export function MaterialUploadList({ lessons }: { lessons: LessonMaterials[] }) {
  const t = useTranslations('programme.upload');
  const format = useFormatter();
  const sizeText = useFileSizeText();
  return (
    <div className="flex flex-col gap-8">
      {lessons.map((lesson) => (
        <section key={lesson.number} aria-labelledby={`les-${lesson.number}-titel`} className="rounded-lg border border-brand-100 bg-white p-5">
          <h2 id={`les-${lesson.number}-titel`} className="text-xl font-bold text-brand-800">
            {t('lessonHeading', { number: lesson.number, title: lesson.title })}
          </h2>
          <ul className="mt-2 divide-y divide-brand-100">
            {lesson.materials.map((material) => (
              <li key={material.number} className="py-4">
                <h3 className="font-semibold [overflow-wrap:anywhere]">{t('materialHeading', { number: material.number, title: material.title })}</h3>
                {material.description ? <p className="text-sm text-gray-700">{material.description}</p> : null}
                <p className="mt-1 text-sm [overflow-wrap:anywhere]">
                  {material.file ? (
                    <>
                      <span className="font-medium text-brand-800">
                        {t('uploaded', {
                          date: format.dateTime(material.file.uploadedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                          fileName: material.file.fileName,
                          size: sizeText(material.file.size),
                        })}
                      </span>{' '}
                      <a href={material.file.downloadUrl} download className="text-brand-800 underline underline-offset-2">
                        {t('download')}
                      </a>
                    </>
                  ) : (
                    <span className="text-gray-700">{t('notUploaded')}</span>
                  )}
                </p>
                <MaterialUploadForm lessonNumber={lesson.number} materialNumber={material.number} hasFile={material.file !== null} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
