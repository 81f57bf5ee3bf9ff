/**
 * One labelled drop-down of a filter form (school, SO/VSO, school year, lesson…), with an
 * optional first "all" choice that sends nothing. No hooks: server and client forms both use it.
 */
export function FilterSelect({
  id,
  name,
  label,
  value,
  allLabel,
  options,
  className = 'flex flex-col gap-1',
  selectClassName,
}: {
  id: string;
  name: string;
  label: string;
  value: string | number | undefined;
  /** The choice that does not filter ("Alle scholen"); left out when one option must be chosen. */
  allLabel?: string;
  options: readonly { value: string | number; label: string }[];
  className?: string;
  selectClassName: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={selectClassName}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The school types as options. */
export const schoolKindOptions = [
  { value: 'SO', label: 'SO' },
  { value: 'VSO', label: 'VSO' },
] as const;
