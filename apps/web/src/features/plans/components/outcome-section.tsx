import type { OutcomeNode } from '@ragboard/shared';
import { TextWithBullets } from '../../../components/text-with-bullets';
import { ActionsTable } from './actions-table';

export function OutcomeSection({ outcome }: { outcome: OutcomeNode }) {
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
      <ActionsTable outcomeRef={outcome.ref} actions={outcome.actions} />
    </section>
  );
}
