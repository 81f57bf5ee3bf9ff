import { useTranslations } from 'next-intl';
import { fileSizeParts } from '@/lib/materials/file-size';

/** "1,2 MB" / "35 kB" in Dutch notation. */
export function useFileSizeText(): (bytes: number) => string {
  const t = useTranslations('programme.size');
  return (bytes) => {
    const { unit, size } = fileSizeParts(bytes);
    return t(unit, { size });
  };
}
