'use client';

import type { SharedDocument } from '@/components/collab/use-shared-document';
import { FieldFeedback } from '@/components/collab/field-feedback';

/** A textarea bound to one shared field: saves itself, shows the partner's presence and conflicts. */
export function SharedTextArea({
  fieldKey,
  label,
  hint,
  doc,
  names,
  editable,
  rows = 3,
}: {
  fieldKey: string;
  label: string;
  hint?: string;
  doc: SharedDocument;
  names: Record<string, string>;
  editable: boolean;
  rows?: number;
}) {
  const field = doc.fields[fieldKey];
  const id = `field-${fieldKey.replace(/\./g, '-')}`;
  const value = typeof field?.value === 'string' ? field.value : '';
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? <p className="text-sm text-gray-600">{hint}</p> : null}
      <textarea
        id={id}
        rows={rows}
        value={value}
        readOnly={!editable}
        aria-invalid={field?.error || field?.conflict ? true : undefined}
        onFocus={() => doc.focus(fieldKey)}
        onChange={(event) => doc.set(fieldKey, event.target.value)}
        className={`w-full rounded-md border bg-white px-3 py-2 ${field?.conflict ? 'border-amber-600' : 'border-gray-400'} read-only:bg-gray-50`}
      />
      <FieldFeedback id={fieldKey} field={field} presence={doc.presence} names={names} onKeepMine={() => doc.keepMine(fieldKey)} onTakeTheirs={() => doc.takeTheirs(fieldKey)} />
    </div>
  );
}
