import type { ReactNode } from 'react';

/**
 * One column heading: its text, or the text with options. A numeric column's heading is right-aligned
 * like its cells; a visually hidden heading is read by screen readers only (such as a column of links).
 */
export type TableHeading = string | { text: ReactNode; numeric?: boolean; visuallyHidden?: boolean };

/** A GOV.UK table's header row: one column header per heading. */
export function TableHead({ headings }: { headings: readonly TableHeading[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {headings.map((heading, index) => {
          const { text, numeric, visuallyHidden } = typeof heading === 'string' ? { text: heading } : heading;
          return (
            <th
              scope="col"
              className={numeric ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header'}
              // biome-ignore lint/suspicious/noArrayIndexKey: a column's place is its identity; two may share a heading
              key={index}
            >
              {visuallyHidden ? <span className="govuk-visually-hidden">{text}</span> : text}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
