import type { GlossaryTerm } from '@ragboard/shared';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TableHead } from '../../../components/table-head';
import { TableScroll } from '../../../components/table-scroll';
import { paths } from '../../../lib/paths';
import { useRemoveGlossaryTerm } from '../api/remove-glossary-term';

/** The plan's glossary for the manager: each term with its meaning, to change or remove. */
export function GlossaryTable({ planId, glossary }: { planId: string; glossary: GlossaryTerm[] }) {
  const remove = useRemoveGlossaryTerm(planId);
  const errors = remove.error ? [{ field: 'add-term', message: remove.error.message }] : [];
  return (
    <section aria-labelledby="glossary">
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" id="glossary">
        Glossary
      </h2>
      <p className="govuk-body">
        The public page explains these terms wherever they appear, and lists them at the end. Write acronyms
        with their capitals, as the plan does: EHCP, PfA.
      </p>
      {glossary.length === 0 ? (
        <p className="govuk-body">The glossary is empty.</p>
      ) : (
        <TableScroll label="Terms and what they mean">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Terms and what they mean</caption>
            <TableHead headings={['Term', 'Meaning', { text: 'Change or remove', visuallyHidden: true }]} />
            <tbody className="govuk-table__body">
              {glossary.map((term) => (
                <tr className="govuk-table__row" key={term.id}>
                  <th scope="row" className="govuk-table__header">
                    {term.term}
                  </th>
                  <td className="govuk-table__cell">{term.expansion}</td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list app-edit-links govuk-!-margin-bottom-0">
                      <li>
                        <Link to={paths.glossaryTermEdit(planId, term.id)} className="govuk-link">
                          Change<span className="govuk-visually-hidden"> {term.term}</span>
                        </Link>
                      </li>
                      <li>
                        <button
                          type="button"
                          className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                          disabled={remove.isPending}
                          onClick={() => remove.mutate(term)}
                        >
                          Remove<span className="govuk-visually-hidden"> {term.term}</span>
                        </button>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Link to={paths.newGlossaryTerm(planId)} className="govuk-button govuk-button--secondary" id="add-term">
        Add a term
      </Link>
    </section>
  );
}
