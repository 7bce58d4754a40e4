import type { Action } from '@ragboard/shared';
import { useActionChallenges } from '../../lib/queries/get-action-challenges';
import { InlineError } from '../inline-error';
import { Loading } from '../loading';
import { ChallengeCard } from './challenge-card';
import { ChallengeForm } from './challenge-form';

/** The forum's challenges of the action's status and their answers; a failure leaves the page standing. */
export function ActionChallenges({ action }: { action: Action }) {
  const challenges = useActionChallenges(action.id);
  return (
    <section aria-labelledby="challenges-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="challenges-heading">
        Challenges
      </h2>
      {challenges.isPending && <Loading what="the challenges" />}
      {challenges.isError && (
        <InlineError message={`The challenges could not be loaded. ${challenges.error.message}`} />
      )}
      {challenges.data && (
        <>
          {challenges.data.challenges.length === 0 && (
            <p className="govuk-body">No one has challenged this action’s status.</p>
          )}
          {challenges.data.challenges.map((challenge) => (
            <ChallengeCard key={challenge.id} challenge={challenge} mayAnswer={challenges.data.mayAnswer} />
          ))}
          {challenges.data.mayChallenge && <ChallengeForm action={action} />}
        </>
      )}
    </section>
  );
}
