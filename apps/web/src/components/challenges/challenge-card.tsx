import { answerChallengeBodySchema, type Challenge, formatMonth } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { formatDay } from '../../lib/format-date';
import { useAnswerChallenge } from '../../lib/queries/answer-challenge';
import { isStaleVersion } from '../../lib/stale-version';
import { Textarea } from '../form/textarea';
import { InlineError } from '../inline-error';
import { StatusTag } from '../status-tag';
import { SummaryList, SummaryRow } from '../summary-list';
import { TextWithBullets } from '../text-with-bullets';

function StateTag({ challenge }: { challenge: Challenge }) {
  return challenge.state === 'open' ? (
    <strong className="govuk-tag govuk-tag--orange">Awaiting an answer</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--green">Answered</strong>
  );
}

/** The lead's (or the manager's) answer, which closes the challenge. */
function AnswerForm({ challenge }: { challenge: Challenge }) {
  const answer = useAnswerChallenge();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = `answer-${challenge.id}`;
  function send(event: FormEvent) {
    event.preventDefault();
    const parsed = answerChallengeBodySchema.safeParse({ answer: text });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Enter your answer to the challenge');
      document.getElementById(id)?.focus();
      return;
    }
    setProblem(null);
    answer.mutate({ challenge, answer: parsed.data.answer });
  }
  const failed = answer.error
    ? isStaleVersion(answer.error)
      ? 'Someone answered this challenge while you were writing: their answer is shown now.'
      : answer.error.message
    : null;
  return (
    <form onSubmit={send} noValidate>
      {failed && <InlineError message={failed} alert />}
      <Textarea
        id={id}
        label="Your answer"
        hint="Answering closes the challenge. The forum sees your answer, and it goes in the next board report."
        rows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={problem ?? undefined}
      />
      <button type="submit" className="govuk-button" disabled={answer.isPending}>
        Send answer<span className="govuk-visually-hidden"> to the challenge of {challenge.status}</span>
      </button>
    </form>
  );
}

/** One challenge as a GOV.UK summary card: what was challenged and why, and the answer or the form for it. */
export function ChallengeCard({ challenge, mayAnswer }: { challenge: Challenge; mayAnswer: boolean }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          Challenge of <StatusTag status={challenge.status} withHiddenLabel />
          {challenge.statusPeriod && ` for ${formatMonth(challenge.statusPeriod)}`}
        </h3>
        <StateTag challenge={challenge} />
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList>
          <SummaryRow label="Raised by">
            {challenge.raisedBy} on {formatDay(challenge.raisedAt)}
          </SummaryRow>
          <SummaryRow label="Why they do not agree">
            <TextWithBullets text={challenge.reason} flush />
          </SummaryRow>
          <SummaryRow label="Answer">
            {challenge.answer ? (
              <>
                <TextWithBullets text={challenge.answer.text} />
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  {challenge.answer.by} on {formatDay(challenge.answer.at)}
                </p>
              </>
            ) : (
              'Not yet answered'
            )}
          </SummaryRow>
        </SummaryList>
        {mayAnswer && challenge.state === 'open' && <AnswerForm challenge={challenge} />}
      </div>
    </div>
  );
}
