/**
 * What a pupil's certificate says, built from what was collected during the lessons: the top-3
 * talents (lesson 2), the learning goal (lessons 3–5), the feedback of lesson 6, the growth marked
 * in lesson 7 and the pupil's own words in lesson 8. Pure, so the wording is tested on its own.
 *
 * A pupil for whom nothing was collected (new in the class, absent) still gets a warm certificate:
 * the default texts below, never an error or an empty page.
 */

export interface CertificateSource {
  alias: string;
  talents: string[];
  goal: string | null;
  /** LearningGoal.feedback as stored: an object of texts per source; anything else reads as empty. */
  feedback: unknown;
  growth: string | null;
  celebration: { selfRatingNow: number | null; selfRatingStart: number | null; proudest: string | null; keepGoing: string | null } | null;
}

export interface CertificateBlock {
  title: string;
  lines: string[];
}

export interface CertificateContent {
  alias: string;
  blocks: CertificateBlock[];
  /** False when the certificate shows only the default texts. */
  hasCollectedData: boolean;
}

/**
 * Whose feedback the certificate quotes, in the source's order ("de feedback van de mentor, het
 * maatje en medeleerlingen"), then the pair's own. The pupil's own view stays in the portfolio.
 */
export const CERTIFICATE_FEEDBACK: { key: string; label: string }[] = [
  { key: 'mentor', label: 'Je mentor thuis' },
  { key: 'buddy', label: 'Je maatje' },
  { key: 'classmates', label: 'Je klasgenoten' },
  { key: 'teacher', label: 'Je leerkracht' },
  { key: 'careWorker', label: 'Je hulpverlener' },
];

export const DEFAULT_TALENTS_LINE = 'Je talenten ontdekken we samen nog verder. Wij zien ze al!';
export const DEFAULT_MESSAGE =
  'Je hebt meegedaan aan Bouwen aan vertrouwen. Samen met je klas, je maatje, je leerkracht en je hulpverlener heb je gewerkt aan vertrouwen in jezelf en in de ander. Daar mag je trots op zijn!';

/** Under every certificate: the pair's trust in the road the pupil has taken (lesson 8, activity 3). */
export const CLOSING_LINE = 'Wij zijn trots op je en hebben er vertrouwen in dat je zo verdergaat.';

const clean = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
};

function feedbackLines(feedback: unknown): string[] {
  if (typeof feedback !== 'object' || feedback === null || Array.isArray(feedback)) return [];
  const record = feedback as Record<string, unknown>;
  return CERTIFICATE_FEEDBACK.flatMap(({ key, label }) => {
    const value = record[key];
    const text = typeof value === 'string' ? clean(value) : null;
    return text ? [`${label}: ${text}`] : [];
  });
}

function ratingLine(celebration: CertificateSource['celebration']): string | null {
  const start = celebration?.selfRatingStart ?? null;
  const now = celebration?.selfRatingNow ?? null;
  if (start !== null && now !== null) return `Bij de start gaf je jezelf een ${start}. Nu geef je jezelf een ${now}.`;
  if (now !== null) return `Nu geef je jezelf een ${now}.`;
  if (start !== null) return `Bij de start gaf je jezelf een ${start}.`;
  return null;
}

export function certificateContent(source: CertificateSource): CertificateContent {
  const talents = source.talents.map(clean).filter((t): t is string => t !== null).slice(0, 3);
  const goal = clean(source.goal);
  const feedback = feedbackLines(source.feedback);
  const growth = clean(source.growth);
  const proudest = clean(source.celebration?.proudest);
  const keepGoing = clean(source.celebration?.keepGoing);
  const rating = ratingLine(source.celebration);

  const blocks: CertificateBlock[] = [{ title: 'Jouw talenten', lines: talents.length > 0 ? talents : [DEFAULT_TALENTS_LINE] }];
  if (goal) blocks.push({ title: 'Jouw leerdoel', lines: [goal] });
  if (feedback.length > 0) blocks.push({ title: 'Dit zeggen anderen over jou', lines: feedback });
  if (growth) blocks.push({ title: 'Zo ben je gegroeid', lines: [growth] });
  if (rating) blocks.push({ title: 'Jouw schaalvraag', lines: [rating] });
  if (proudest) blocks.push({ title: 'Hier ben je het meest trots op', lines: [proudest] });
  if (keepGoing) blocks.push({ title: 'Zo ga je verder', lines: [keepGoing] });

  const hasCollectedData = talents.length > 0 || goal !== null || feedback.length > 0 || growth !== null || rating !== null || proudest !== null || keepGoing !== null;
  if (!hasCollectedData) blocks.push({ title: 'Voor jou', lines: [DEFAULT_MESSAGE] });
  return { alias: source.alias, blocks, hasCollectedData };
}

/** A file name without spaces or accents, e.g. "certificaat-zoe.pdf". */
export function pdfFileName(...parts: string[]): string {
  const slug = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'certificaat'}.pdf`;
}
