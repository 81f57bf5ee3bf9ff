import { getTranslations } from 'next-intl/server';
import { filterSelectClass } from '@/components/overview/overview-filter-form';

/** The fidelity report's extra filter field: which class to show per lesson and activity. */
export async function ClassPicker({ classes, value }: { classes: { id: string; name: string; schoolName: string }[]; value: string | undefined }) {
  const t = await getTranslations('fidelity');
  const schools = [...new Set(classes.map((c) => c.schoolName))];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="filter-class" className="font-semibold">
        {t('classPicker')}
      </label>
      <select id="filter-class" name="class" defaultValue={value ?? ''} className={filterSelectClass}>
        <option value="">{t('noClass')}</option>
        {schools.map((school) => (
          <optgroup key={school} label={school}>
            {classes
              .filter((c) => c.schoolName === school)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
