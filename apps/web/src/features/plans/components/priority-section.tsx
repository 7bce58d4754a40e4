import type { PriorityNode } from '@ragboard/shared';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { DeliveryGroupSummary } from './delivery-group-summary';
import { OutcomeSection } from './outcome-section';

interface PrioritySectionProps {
  planId: string;
  priority: PriorityNode;
  canEdit: boolean;
}

export function PrioritySection({ planId, priority, canEdit }: PrioritySectionProps) {
  const headingId = `priority-${priority.id}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-top-9">
      <h2 className="govuk-heading-m" id={headingId}>
        Priority {priority.ref}: {priority.title}
      </h2>
      <DeliveryGroupSummary group={priority.deliveryGroup} />
      {canEdit && (
        <ul className="govuk-list app-edit-links">
          <li>
            <Link to={paths.priorityEdit(planId, priority.id)} className="govuk-link">
              Edit<span className="govuk-visually-hidden"> priority {priority.ref}</span>
            </Link>
          </li>
          <li>
            <Link to={paths.newOutcome(planId, priority.id)} className="govuk-link">
              Add an outcome<span className="govuk-visually-hidden"> to priority {priority.ref}</span>
            </Link>
          </li>
          <li>
            <Link to={paths.priorityRemove(planId, priority.id)} className="govuk-link">
              Delete or archive<span className="govuk-visually-hidden"> priority {priority.ref}</span>
            </Link>
          </li>
        </ul>
      )}
      {priority.outcomes.map((outcome) => (
        <OutcomeSection key={outcome.id} planId={planId} outcome={outcome} canEdit={canEdit} />
      ))}
    </section>
  );
}
