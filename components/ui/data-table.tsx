import type { ReactNode } from 'react';

export interface DataRow {
  key: string;
  /** The row's name: a header cell (scope="row") for screen readers. */
  header: ReactNode;
  cells: ReactNode[];
}

/**
 * A plain table of figures: a caption, column headers and row headers with their scope, numbers
 * right-aligned in tabular digits (`textColumns` names the data columns that hold words). Short
 * row names stay on one line; long ones (`longRowNames`) wrap within a narrow column on a phone.
 * On a narrow screen the table scrolls sideways inside a region keyboard users can focus, with
 * the row names kept in view; the caption is shown above that region so it never scrolls out of
 * sight (the table keeps its own <caption> for screen readers). On paper it prints whole.
 */
export function DataTable({
  id,
  caption,
  columns,
  rows,
  footer,
  textColumns = [],
  longRowNames = false,
}: {
  id: string;
  caption: string;
  columns: ReactNode[];
  rows: DataRow[];
  footer?: DataRow;
  textColumns?: number[];
  longRowNames?: boolean;
}) {
  const align = (i: number) => (textColumns.includes(i) ? 'min-w-32 text-left' : 'text-right tabular-nums');
  // On paper nothing scrolls: the table prints whole, in smaller type.
  const cell = 'px-2 py-1.5 sm:px-3 print:px-1 print:py-1';
  const rowHeader = `sticky left-0 bg-white text-left ${cell} ${longRowNames ? '' : 'whitespace-nowrap'}`;
  const name = (content: ReactNode) => (longRowNames ? <span className="block w-36 [overflow-wrap:anywhere] sm:w-auto">{content}</span> : content);
  return (
    <div>
      <p aria-hidden="true" className="mb-2 text-sm font-semibold text-gray-800">
        {caption}
      </p>
      {/* relative: screen-reader-only text in the cells is positioned absolutely; without it, it would
          escape this scroll box and make the whole page scroll sideways on a phone. */}
      <div className="relative overflow-x-auto print:overflow-visible" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="min-w-full border-collapse text-sm print:text-xs" data-testid={id}>
          <caption id={`${id}-caption`} className="sr-only">
            {caption}
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-300">
              {columns.map((column, i) =>
                i === 0 ? (
                  <th key={i} scope="col" className={`${rowHeader} align-bottom`}>
                    {column}
                  </th>
                ) : (
                  <th key={i} scope="col" className={`${cell} align-bottom ${align(i - 1)}`}>
                    {column}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-gray-100">
                <th scope="row" className={`${rowHeader} font-medium`}>
                  {name(row.header)}
                </th>
                {row.cells.map((value, i) => (
                  <td key={i} className={`${cell} ${align(i)}`}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {footer ? (
            <tfoot>
              <tr className="border-t-2 border-gray-300 font-semibold">
                <th scope="row" className={rowHeader}>
                  {footer.header}
                </th>
                {footer.cells.map((value, i) => (
                  <td key={i} className={`${cell} ${align(i)}`}>
                    {value}
                  </td>
                ))}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </div>
  );
}
