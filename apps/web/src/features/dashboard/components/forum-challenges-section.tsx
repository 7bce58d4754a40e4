import { OpenChallengesList } from '../../../components/challenges/open-challenges';
import { QueryError } from '../../../components/query-error';
import { useOpenPlanChallenges } from '../../../lib/queries/get-challenge-lists';

/**
 * The forum's challenges still awaiting an answer, whatever month is shown: the board sees where
 * families and young people disagree with a status, each linking to its action and its answer.
 */
export function ForumChallengesSection({ planId }: { planId: string }) {
  const open = useOpenPlanChallenges(planId);
  const count = open.data?.challenges.length ?? 0;
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby="forum-challenges">
      <h2 className="govuk-heading-m" id="forum-challenges">
        Challenges from the forum
      </h2>
      {open.isError && <QueryError title="The forum’s challenges could not be shown" error={open.error} />}
      {open.isSuccess &&
        (count === 0 ? (
          <p className="govuk-body">No challenge of a status is waiting for an answer.</p>
        ) : (
          <>
            <p className="govuk-body">
              {count === 1 ? '1 challenge of a status is' : `${count} challenges of a status are`} waiting for
              an answer.
            </p>
            <OpenChallengesList challenges={open.data.challenges} />
          </>
        ))}
    </section>
  );
}
