import type { DeliveryGroup } from '@ragboard/shared';
import { SummaryList, SummaryRow } from '../../../components/summary-list';
import { CADENCE_WORDS } from '../plan-words';

function leadOf(group: DeliveryGroup): string {
  const names = [group.leadRole, group.lead?.name].filter((part): part is string => Boolean(part));
  return names.join(': ') || 'Not named';
}

export function DeliveryGroupSummary({ group }: { group: DeliveryGroup }) {
  const cadence = CADENCE_WORDS[group.reportingCadence];
  return (
    <SummaryList>
      <SummaryRow label="Delivery group">{group.name ?? 'Not named'}</SummaryRow>
      <SummaryRow label="Lead">{leadOf(group)}</SummaryRow>
      <SummaryRow label="Reports">{group.byException ? `${cadence} or by exception` : cadence}</SummaryRow>
    </SummaryList>
  );
}
