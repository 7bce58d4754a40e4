import {
  type CreateFindingBody,
  createFindingBodySchema,
  type FindingAction,
  type PlanTree,
} from '@ragboard/shared';
import { useState } from 'react';
import { Checkboxes } from '../../../components/form/checkboxes';
import type { FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../../components/form/field-errors';
import { FormPage } from '../../../components/form/form-page';
import { TextInput } from '../../../components/form/text-input';
import { Textarea } from '../../../components/form/textarea';
import { paths } from '../../../lib/paths';
import { isStaleVersion } from '../../../lib/stale-version';

export interface FindingFields {
  ref: string;
  title: string;
  source: string;
  description: string;
  actionIds: string[];
  kpiIds: string[];
}

/** The body the API takes: blank words are sent as null. */
export function findingBody(fields: FindingFields) {
  return {
    ref: fields.ref.trim(),
    title: fields.title.trim(),
    source: fields.source.trim() || null,
    description: fields.description.trim() || null,
    actionIds: fields.actionIds,
    kpiIds: fields.kpiIds,
  } satisfies CreateFindingBody;
}

interface FindingFormProps {
  title: string;
  plan: PlanTree;
  initial: FindingFields;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSave: (body: ReturnType<typeof findingBody>) => void;
  /** Actions already linked that are in other plans of the chain: offered too, named with their plan. */
  elsewhere?: FindingAction[];
  /** The plan's KPIs, any of which may measure the finding. */
  kpis: readonly { id: string; outcomeRef: string; statement: string }[];
}

/** A finding's words and where it comes from, and the actions of the plan that address it. */
export function FindingForm(props: FindingFormProps) {
  const { title, plan, initial, submitLabel, pending, error, onSave, elsewhere = [], kpis } = props;
  const [fields, setFields] = useState(initial);
  const [refused, setRefused] = useState<FieldError[]>([]);
  const set = (field: Exclude<keyof FindingFields, 'actionIds' | 'kpiIds'>) => (value: string) =>
    setFields({ ...fields, [field]: value });
  function submit() {
    const body = findingBody(fields);
    const parsed = createFindingBodySchema.safeParse(body);
    const errors = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'ref');
    setRefused(errors);
    if (errors.length === 0) onSave(body);
  }
  const errors = refused.length > 0 ? refused : fieldErrorsFrom(error, 'ref');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const actions = plan.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
  return (
    <FormPage
      title={title}
      caption={plan.title}
      back={{ to: paths.planFindings(plan.id), label: 'Back to the findings' }}
      errors={errors}
      conflict={refused.length === 0 && isStaleVersion(error)}
      submitLabel={submitLabel}
      pending={pending}
      onSubmit={submit}
    >
      <TextInput
        id="ref"
        label="Reference"
        hint="How the finding is numbered, such as 3"
        width="5"
        value={fields.ref}
        onChange={(e) => set('ref')(e.target.value)}
        error={errorFor('ref')}
      />
      <Textarea
        id="title"
        label="Finding"
        hint="The area of concern in the inspection’s own words"
        rows={3}
        value={fields.title}
        onChange={(e) => set('title')(e.target.value)}
        error={errorFor('title')}
      />
      <TextInput
        id="source"
        label="Source (optional)"
        hint="For example, Ofsted and CQC local area SEND inspection, November 2017"
        value={fields.source}
        onChange={(e) => set('source')(e.target.value)}
        error={errorFor('source')}
      />
      <Textarea
        id="description"
        label="More about the finding (optional)"
        rows={4}
        value={fields.description}
        onChange={(e) => set('description')(e.target.value)}
        error={errorFor('description')}
      />
      <Checkboxes
        name="actionIds"
        legend="Actions that address this finding"
        hint="Their status and latest note become the finding’s evidence trail."
        small
        error={errorFor('actionIds')}
        options={[
          ...actions.map((a) => ({ value: a.id, label: `${a.ref} ${a.title.split('\n')[0]}` })),
          ...elsewhere.map((a) => ({
            value: a.id,
            label: `${a.ref} ${a.title.split('\n')[0]} (${a.plan.title})`,
          })),
        ]}
        checked={fields.actionIds}
        onToggle={(id, on) =>
          setFields({
            ...fields,
            actionIds: on ? [...fields.actionIds, id] : fields.actionIds.filter((other) => other !== id),
          })
        }
      />
      {kpis.length > 0 && (
        <Checkboxes
          name="kpiIds"
          legend="KPIs that measure this finding"
          hint="Their baseline and latest actual go beside the finding, and into the revisit readiness pack."
          small
          error={errorFor('kpiIds')}
          options={kpis.map((k) => ({ value: k.id, label: `${k.outcomeRef} ${k.statement.split('\n')[0]}` }))}
          checked={fields.kpiIds}
          onToggle={(id, on) =>
            setFields({
              ...fields,
              kpiIds: on ? [...fields.kpiIds, id] : fields.kpiIds.filter((other) => other !== id),
            })
          }
        />
      )}
    </FormPage>
  );
}
