import { type PublicSummary, writePublicSummaryBodySchema } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { ErrorSummary, type FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { Textarea } from '../../../components/form/textarea';
import { isStaleVersion } from '../../../lib/stale-version';
import { useWritePublicSummary } from '../api/write-public-summary';

const CONFLICT =
  'Someone else changed this summary while you were writing. Reload the page to see their words.';

/** The lead or the manager writes the two parts in plain English; saving never publishes. */
export function SummaryForm({ summary }: { summary: PublicSummary }) {
  const [fields, setFields] = useState({ said: summary.said, happened: summary.happened });
  const [refused, setRefused] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const write = useWritePublicSummary({ onSuccess: () => setSaved(true) });
  const errors =
    refused.length > 0
      ? refused
      : isStaleVersion(write.error)
        ? [{ field: 'said', message: CONFLICT }]
        : fieldErrorsFrom(write.error, 'said');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const parsed = writePublicSummaryBodySchema.safeParse(fields);
    setRefused(parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'said'));
    if (parsed.success) write.mutate({ summary, body: parsed.data });
  }

  return (
    <section aria-labelledby="write-summary">
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" id="write-summary">
        Write the summary
      </h2>
      <p className="govuk-body">
        Families and young people read this. Use short sentences and everyday words. Do not name anyone.
      </p>
      {saved && (
        <p className="govuk-body" role="status">
          Summary saved.
          {summary.published
            ? ' The public page keeps the approved words until the manager approves again.'
            : ' It is not public until the manager approves it.'}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <Textarea
          id="said"
          label="What we said we would do"
          hint="For example: We said we would train every SENCO in our schools by June."
          value={fields.said}
          onChange={(event) => setFields({ ...fields, said: event.target.value })}
          error={errorFor('said')}
        />
        <Textarea
          id="happened"
          label="What has happened"
          hint="For example: 40 SENCOs have been trained. The rest will be trained in July."
          value={fields.happened}
          onChange={(event) => setFields({ ...fields, happened: event.target.value })}
          error={errorFor('happened')}
        />
        <button type="submit" className="govuk-button" disabled={write.isPending}>
          Save summary
        </button>
      </form>
    </section>
  );
}
