import type { PriorityNode } from '@ragboard/shared';
import { DeliveryGroupSummary } from './delivery-group-summary';
import { OutcomeSection } from './outcome-section';

export function PrioritySection({ priority }: { priority: PriorityNode }) {
  const headingId = `priority-${priority.id}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-top-9">
      <h2 className="govuk-heading-m" id={headingId}>
        Priority {priority.ref}: {priority.title}
      </h2>
      <DeliveryGroupSummary group={priority.deliveryGroup} />
      {priority.outcomes.map((outcome) => (
        <OutcomeSection key={outcome.id} outcome={outcome} />
      ))}
    </section>
  );
}
