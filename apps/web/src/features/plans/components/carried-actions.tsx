import type { OutcomeNode, PlanTree } from '@ragboard/shared';
import { StatusTag } from '../../../components/status-tag';
import { firstLine } from '../../../lib/round-words';
import { type NextPlanDraft, nextPlanIds, priorityChoice, unfinished } from '../next-plan-draft';
import { CheckboxItem, GroupError } from './checkbox-item';

interface Props {
  plan: PlanTree;
  draft: NextPlanDraft;
  onChange: (draft: NextPlanDraft) => void;
  errorFor: (field: string) => string | undefined;
}

function OutcomeActions({
  outcome,
  draft,
  onChange,
  errorFor,
}: Omit<Props, 'plan'> & { outcome: OutcomeNode }) {
  const actions = unfinished(outcome.actions);
  const messages = actions.flatMap((a) => errorFor(nextPlanIds.action(a.id)) ?? []);
  const errorId = `outcome-${outcome.id}-error`;
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...draft,
      actionIds: on ? [...draft.actionIds, id] : draft.actionIds.filter((other) => other !== id),
    });
  return (
    <div className={`govuk-form-group${messages.length ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={messages.length ? errorId : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          Outcome {outcome.ref}: {firstLine(outcome.title)}
        </legend>
        <GroupError id={errorId} messages={messages} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {actions.map((a) => (
            <CheckboxItem
              key={a.id}
              id={nextPlanIds.action(a.id)}
              label={
                <>
                  {a.ref} {firstLine(a.title)} <StatusTag status={a.status} withHiddenLabel />
                </>
              }
              checked={draft.actionIds.includes(a.id)}
              onChange={(on) => toggle(a.id, on)}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** The unfinished actions to carry forward, by outcome; a completed (Blue) action stays with this plan. */
export function CarriedActions({ plan, draft, onChange, errorFor }: Props) {
  const withWork = plan.priorities
    .map((p) => ({ priority: p, outcomes: p.outcomes.filter((o) => unfinished(o.actions).length > 0) }))
    .filter((p) => p.outcomes.length > 0);
  return (
    <section aria-labelledby="carried-actions-heading">
      <h2 className="govuk-heading-m" id="carried-actions-heading">
        Unfinished actions to carry forward
      </h2>
      <p className="govuk-body">
        Each action carries its leads and its history with it. Completed (Blue) actions stay with this plan.
      </p>
      {withWork.length === 0 && <p className="govuk-body">Every action is completed: none is carried.</p>}
      {withWork.map(({ priority, outcomes }) =>
        priorityChoice(draft, priority).on ? (
          outcomes.map((o) => (
            <OutcomeActions key={o.id} outcome={o} draft={draft} onChange={onChange} errorFor={errorFor} />
          ))
        ) : (
          <p className="govuk-body" key={priority.id}>
            Priority {priority.ref} does not continue, so none of its actions is carried forward.
          </p>
        ),
      )}
    </section>
  );
}
