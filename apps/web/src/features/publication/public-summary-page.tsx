import type { PublicItemKind, PublicSummary } from '@ragboard/shared';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { TextWithBullets } from '../../components/text-with-bullets';
import { WarningText } from '../../components/warning-text';
import { itemPath } from '../../lib/paths';
import { useRights } from '../../lib/use-rights';
import { usePublicSummary } from './api/get-public-summary';
import { SummaryApproval } from './components/summary-approval';
import { SummaryForm } from './components/summary-form';
import { SummaryStateTag } from './components/summary-state-tag';
import { itemName } from './publication-words';
import { useMayWriteSummary } from './use-may-write-summary';

function PublishedWords({ summary }: { summary: PublicSummary }) {
  const { published } = summary;
  if (!published) return null;
  const approved = new Date(published.approvedAt).toLocaleDateString('en-GB', { dateStyle: 'long' });
  return (
    <section aria-labelledby="published">
      <h2 className="govuk-heading-m" id="published">
        On the public page now
      </h2>
      <p className="govuk-body">
        Approved by {published.approvedBy ?? 'the partnership manager'} on {approved}.
      </p>
      <SummaryList>
        <SummaryRow label="What we said we would do">
          <TextWithBullets text={published.said} flush />
        </SummaryRow>
        <SummaryRow label="What has happened">
          <TextWithBullets text={published.happened} flush />
        </SummaryRow>
      </SummaryList>
    </section>
  );
}

function SummaryContent({ summary }: { summary: PublicSummary }) {
  const mayWrite = useMayWriteSummary(summary.kind, summary.itemId);
  const isManager = useRights().manage;
  return (
    <>
      <title>{`Summary for the public page – ${itemName(summary)} – ragboard`}</title>
      <Link to={itemPath(summary.kind, summary.itemId)} className="govuk-back-link">
        {summary.kind === 'action' ? `Back to action ${summary.ref}` : 'Back to the KPI'}
      </Link>
      <span className="govuk-caption-l">{itemName(summary)}</span>
      <h1 className="govuk-heading-l">Summary for the public page</h1>
      <p className="govuk-body">
        <SummaryStateTag summary={summary} />
      </p>
      <div className="govuk-inset-text">
        <h2 className="govuk-heading-s">In the plan’s words</h2>
        <TextWithBullets text={summary.title} flush />
      </div>
      {summary.changedSinceApproval && (
        <WarningText>
          The summary has changed since it was approved. The public page shows the approved words until the
          manager approves the new ones.
        </WarningText>
      )}
      <PublishedWords summary={summary} />
      {mayWrite ? (
        <SummaryForm key={summary.itemId} summary={summary} />
      ) : (
        <SummaryList>
          <SummaryRow label="What we said we would do">{summary.said || 'Not written yet'}</SummaryRow>
          <SummaryRow label="What has happened">{summary.happened || 'Not written yet'}</SummaryRow>
        </SummaryList>
      )}
      {isManager && <SummaryApproval summary={summary} />}
    </>
  );
}

/** An action's or KPI's plain-English summary: written by its lead or the manager, approved by the manager. */
export default function PublicSummaryPage({ kind }: { kind: PublicItemKind }) {
  const { itemId = '' } = useParams();
  const summary = usePublicSummary(kind, itemId);
  if (summary.isPending) return <Loading what="the summary" />;
  if (summary.isError) return <QueryError title="The summary could not be shown" error={summary.error} />;
  return <SummaryContent summary={summary.data} />;
}
