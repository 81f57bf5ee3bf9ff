const tones: Record<string, string> = {
  NOT_STARTED: 'bg-gray-100 text-gray-800',
  PREPARING: 'bg-amber-100 text-amber-900',
  READY: 'bg-brand-100 text-brand-800',
  HELD: 'bg-sky-100 text-sky-900',
  EVALUATED: 'bg-violet-100 text-violet-900',
};

export function PlanStatusBadge({ status, label }: { status: string; label: string }) {
  // inline-block: a label that wraps in a narrow table cell stays one rounded box, not two broken ones.
  return <span className={`inline-block rounded-2xl px-3 py-1 text-sm leading-snug font-semibold ${tones[status] ?? tones.NOT_STARTED}`}>{label}</span>;
}
