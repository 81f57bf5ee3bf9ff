import { getTranslations } from 'next-intl/server';
import type { PupilListItem } from '@/lib/pupils/queries';

/** The class's buddy pairs at a glance, and who has no buddy yet. */
export async function BuddyPairs({ pupils }: { pupils: PupilListItem[] }) {
  const t = await getTranslations('pupils.pairs');
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (const pupil of pupils) {
    if (!pupil.buddy || seen.has(pupil.id)) continue;
    seen.add(pupil.id).add(pupil.buddy.id);
    pairs.push([pupil.alias, pupil.buddy.alias]);
  }
  const alone = pupils.filter((pupil) => !pupil.buddy).map((pupil) => pupil.alias);
  return (
    <section aria-labelledby="maatjes" className="rounded-lg border border-brand-100 bg-white p-4">
      <h2 id="maatjes" className="text-xl font-bold text-brand-800">
        {t('title')}
      </h2>
      {pairs.length ? (
        <ul className="mt-2 flex flex-wrap gap-2">
          {pairs.map(([a, b]) => (
            <li key={`${a}-${b}`} className="rounded-full border border-brand-600 bg-brand-50 px-3 py-1">
              {t('pair', { a, b })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-gray-700">{t('none')}</p>
      )}
      {alone.length ? <p className="mt-2 text-sm text-gray-700">{t('alone', { names: alone.join(', '), count: alone.length })}</p> : null}
    </section>
  );
}
