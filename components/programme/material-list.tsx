import { useTranslations } from 'next-intl';
import type { MaterialView } from '@/lib/programme/queries';
import { useFileSizeText } from './use-file-size-text';

/** Section F: each material with its download, or that it has not been uploaded yet. */
export function MaterialList({ materials }: { materials: MaterialView[] }) {
  const t = useTranslations('programme.materials');
  const sizeText = useFileSizeText();
  if (materials.length === 0) return <p>{t('none')}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {materials.map((material) => (
        <li key={material.number} id={`bijlage-${material.number}`} className="rounded-lg border border-brand-100 bg-white p-4 break-inside-avoid print:border-0 print:p-0">
          <h3 className="font-semibold">{t('heading', { number: material.number, title: material.title })}</h3>
          {material.description ? <p className="mt-1 text-gray-800">{material.description}</p> : null}
          <p className="mt-2">
            {material.file ? (
              <a href={material.file.downloadUrl} download className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-600">
                {t('download', { fileName: material.file.fileName, size: sizeText(material.file.size) })}
              </a>
            ) : (
              <span className="text-gray-700">{t('notUploaded')}</span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
