import type { PublicSummary } from '@ragboard/shared';
import { ErrorSummary } from '../../../components/form/error-summary';
import { useReviewPublicSummary } from '../api/review-public-summary';

/** The manager publishes the saved summary as it stands, or takes the item off the public page. */
export function SummaryApproval({ summary }: { summary: PublicSummary }) {
  const review = useReviewPublicSummary();
  const errors = review.error ? [{ field: 'approve', message: review.error.message }] : [];
  const complete = Boolean(summary.said && summary.happened);
  const approvable = complete && (!summary.published || summary.changedSinceApproval);
  return (
    <section aria-labelledby="approval">
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" id="approval">
        Approve for the public page
      </h2>
      <p className="govuk-body">
        {!complete
          ? 'Both parts of the summary must be saved before it can be approved.'
          : approvable
            ? 'Approving puts the saved summary on the public page, word for word.'
            : 'The public page shows the saved summary.'}
      </p>
      <div className="govuk-button-group">
        {approvable && (
          <button
            type="button"
            id="approve"
            className="govuk-button"
            disabled={review.isPending}
            onClick={() => review.mutate({ summary, decision: 'approve' })}
          >
            Approve the saved summary
          </button>
        )}
        {summary.published && (
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            disabled={review.isPending}
            onClick={() => review.mutate({ summary, decision: 'withdraw' })}
          >
            Take it off the public page
          </button>
        )}
      </div>
    </section>
  );
}
