import type { PlanTree } from '@ragboard/shared';
import { TextInput } from '../../../components/form/text-input';
import { type NextPlanDraft, nextPlanIds, priorityChoice } from '../next-plan-draft';
import { CheckboxItem, GroupError } from './checkbox-item';

interface Props {
  plan: PlanTree;
  draft: NextPlanDraft;
  onChange: (draft: NextPlanDraft) => void;
  errorFor: (field: string) => string | undefined;
}

/** Which priorities continue (their outcomes with them), each renumbered or renamed if the manager says so. */
export function ContinuingPriorities({ plan, draft, onChange, errorFor }: Props) {
  if (plan.priorities.length === 0) return null;
  const messages = plan.priorities.flatMap((p) => errorFor(nextPlanIds.priority(p.id)) ?? []);
  const describedBy = ['priorities-hint', messages.length ? 'priorities-error' : null].filter(Boolean);
  return (
    <div className={`govuk-form-group${messages.length ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy.join(' ')}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">Priorities that continue</h2>
        </legend>
        <div id="priorities-hint" className="govuk-hint">
          Each continues with its outcomes and delivery group. Change its number or title if the next plan
          does.
        </div>
        <GroupError id="priorities-error" messages={messages} />
        <div className="govuk-checkboxes">
          {plan.priorities.map((p) => {
            const choice = priorityChoice(draft, p);
            const set = (change: Partial<typeof choice>) =>
              onChange({ ...draft, priorities: { ...draft.priorities, [p.id]: { ...choice, ...change } } });
            return (
              <CheckboxItem
                key={p.id}
                id={nextPlanIds.priority(p.id)}
                label={`Priority ${p.ref}: ${p.title}`}
                checked={choice.on}
                onChange={(on) => set({ on })}
              >
                <TextInput
                  id={nextPlanIds.priorityRef(p.id)}
                  label={`Number of priority ${p.ref} in the next plan`}
                  width="4"
                  value={choice.ref}
                  onChange={(e) => set({ ref: e.target.value })}
                  error={errorFor(nextPlanIds.priorityRef(p.id))}
                />
                <TextInput
                  id={nextPlanIds.priorityTitle(p.id)}
                  label={`Title of priority ${p.ref} in the next plan`}
                  value={choice.title}
                  onChange={(e) => set({ title: e.target.value })}
                  error={errorFor(nextPlanIds.priorityTitle(p.id))}
                />
              </CheckboxItem>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
