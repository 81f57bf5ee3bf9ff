import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** A checkbox with its label beside it, and hint and error wired to it for screen readers. */
export function CheckboxField({ label, hint, error, id, ...props }: { label: ReactNode; hint?: ReactNode; error?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const generated = useId();
  const fieldId = id ?? generated;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={fieldId}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-0.5 size-6 shrink-0 accent-brand-600"
          {...props}
        />
        <label htmlFor={fieldId} className="font-medium">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${fieldId}-hint`} className="pl-9 text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} role="alert" className="pl-9 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
