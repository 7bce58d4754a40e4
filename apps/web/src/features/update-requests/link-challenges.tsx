import { answerChallengeBodySchema, type Challenge } from '@ragboard/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Textarea } from '../../components/form/textarea';
import { InlineError } from '../../components/inline-error';
import { StatusTag } from '../../components/status-tag';
import { SummaryList, SummaryRow } from '../../components/summary-list';
import { formatDate } from '../../lib/format-date';
import { answerLinkChallenge, linkChallengesQueryOptions, linkKeys } from './api';

function AnswerForm({
  token,
  challenge,
  onAnswered,
}: {
  token: string;
  challenge: Challenge;
  onAnswered: () => void;
}) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const answer = useMutation({
    mutationFn: (words: string) => answerLinkChallenge(token, challenge, words),
    onSuccess: async () => {
      onAnswered();
      await queryClient.invalidateQueries({ queryKey: linkKeys.challenges(token) });
    },
  });
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
    answer.mutate(parsed.data.answer);
  }
  return (
    <form onSubmit={send} noValidate>
      {answer.error && <InlineError message={answer.error.message} alert />}
      <Textarea
        id={id}
        label="Your answer to this challenge"
        rows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={problem ?? undefined}
      />
      <button type="submit" className="govuk-button" disabled={answer.isPending}>
        Send answer on {challenge.action.ref}
      </button>
    </form>
  );
}

/** The open challenges on the lead's actions, each with its answer form (decision 051). */
export function LinkChallenges({ token }: { token: string }) {
  const challenges = useQuery(linkChallengesQueryOptions(token));
  const [answered, setAnswered] = useState(false);
  const open = challenges.data?.challenges ?? [];
  return (
    <>
      <h2 className="govuk-heading-l" id="challenges">
        Challenges
      </h2>
      {answered && (
        <p className="govuk-body" role="status">
          Your answer has been sent.
        </p>
      )}
      {challenges.isError && <InlineError message="Challenges could not be loaded" />}
      {challenges.isSuccess && open.length === 0 && (
        <p className="govuk-body">No challenges are waiting for your answer.</p>
      )}
      {open.map((challenge) => (
        <div key={challenge.id} className="govuk-!-margin-bottom-8">
          <h3 className="govuk-heading-m">
            {challenge.action.ref} {challenge.action.title}
          </h3>
          <SummaryList>
            <SummaryRow label="Status challenged">
              <StatusTag status={challenge.status} />
            </SummaryRow>
            <SummaryRow label="Raised by">
              {challenge.raisedBy} on {formatDate(challenge.raisedAt.slice(0, 10))}
            </SummaryRow>
            <SummaryRow label="Why">{challenge.reason}</SummaryRow>
          </SummaryList>
          <AnswerForm token={token} challenge={challenge} onAnswered={() => setAnswered(true)} />
        </div>
      ))}
    </>
  );
}
