/** A GOV.UK table's header row: one column header per heading. */
export function TableHead({ headings }: { headings: readonly string[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {headings.map((heading) => (
          <th scope="col" className="govuk-table__header" key={heading}>
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
