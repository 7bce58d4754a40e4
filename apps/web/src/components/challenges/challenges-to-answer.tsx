import { useMyChallenges, useOpenPlanChallenges } from '../../lib/queries/get-challenge-lists';
import { InlineError } from '../inline-error';
import { OpenChallengesList } from './open-challenges';

/** On My actions: the challenges of the person's actions still awaiting their answer, if any. */
export function MyChallengesToAnswer() {
  const mine = useMyChallenges();
  if (mine.isError)
    return <InlineError message={`The challenges could not be loaded. ${mine.error.message}`} />;
  if (!mine.data || mine.data.challenges.length === 0) return null;
  return (
    <section aria-labelledby="my-challenges-heading">
      <h2 className="govuk-heading-m" id="my-challenges-heading">
        Challenges to answer ({mine.data.challenges.length})
      </h2>
      <p className="govuk-body">
        The parent carer forum or young people’s representatives do not agree with these statuses. Open the
        action to answer.
      </p>
      <OpenChallengesList challenges={mine.data.challenges} />
    </section>
  );
}

/** On the manager's round: every challenge of the plan still awaiting an answer. */
export function PlanChallengesToAnswer({ planId }: { planId: string }) {
  const open = useOpenPlanChallenges(planId);
  return (
    <section aria-labelledby="plan-challenges-heading">
      <h2 className="govuk-heading-m" id="plan-challenges-heading">
        Challenges awaiting an answer
      </h2>
      {open.isError && <InlineError message={`The challenges could not be loaded. ${open.error.message}`} />}
      {open.data?.challenges.length === 0 && <p className="govuk-body">No challenge awaits an answer.</p>}
      {open.data && open.data.challenges.length > 0 && (
        <OpenChallengesList challenges={open.data.challenges} />
      )}
    </section>
  );
}
