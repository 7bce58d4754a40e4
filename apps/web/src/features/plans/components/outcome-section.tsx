import type { OutcomeNode } from '@ragboard/shared';
import { Link } from 'react-router';
import { TextWithBullets } from '../../../components/text-with-bullets';
import { paths } from '../../../lib/paths';
import { ActionsTable } from './actions-table';

interface OutcomeSectionProps {
  planId: string;
  outcome: OutcomeNode;
  canEdit: boolean;
}

export function OutcomeSection({ planId, outcome, canEdit }: OutcomeSectionProps) {
  const headingId = `outcome-${outcome.id}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-top-6">
      <h3 className="govuk-heading-s" id={headingId}>
        Outcome {outcome.ref}
      </h3>
      <TextWithBullets text={outcome.title} />
      <p className="govuk-body">
        <span className="govuk-!-font-weight-bold">Outcome lead:</span> {outcome.lead?.name ?? 'Not named'}
      </p>
      {canEdit && (
        <ul className="govuk-list app-edit-links">
          <li>
            <Link to={paths.outcomeEdit(planId, outcome.id)} className="govuk-link">
              Edit<span className="govuk-visually-hidden"> outcome {outcome.ref}</span>
            </Link>
          </li>
          <li>
            <Link to={paths.newAction(planId, outcome.id)} className="govuk-link">
              Add an action<span className="govuk-visually-hidden"> to outcome {outcome.ref}</span>
            </Link>
          </li>
          <li>
            <Link to={paths.outcomeRemove(planId, outcome.id)} className="govuk-link">
              Delete or archive<span className="govuk-visually-hidden"> outcome {outcome.ref}</span>
            </Link>
          </li>
        </ul>
      )}
      <ActionsTable outcomeRef={outcome.ref} actions={outcome.actions} />
    </section>
  );
}
