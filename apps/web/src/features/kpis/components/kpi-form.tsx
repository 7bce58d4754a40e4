import { formatMonth, KPI_DIRECTIONS, KPI_TARGET_KINDS, KPI_UNITS, type KpiUnit } from '@ragboard/shared';
import { useState } from 'react';
import type { FieldError } from '../../../components/form/error-summary';
import { fieldErrorsFrom } from '../../../components/form/field-errors';
import { FormPage } from '../../../components/form/form-page';
import { PersonSelect } from '../../../components/form/person-select';
import { Radios } from '../../../components/form/radios';
import { Select } from '../../../components/form/select';
import { TextInput } from '../../../components/form/text-input';
import { DIRECTION_WORDS, TARGET_KIND_WORDS, UNIT_SUFFIX, UNIT_WORDS } from '../../../lib/kpi-words';
import { isStaleVersion } from '../../../lib/stale-version';
import { type KpiChanges, type KpiFields, readFields, type TargetFields } from '../kpi-fields';

interface KpiFormProps {
  title: string;
  caption: string;
  back: { to: string; label: string };
  initial: KpiFields;
  pending: boolean;
  error: Error | null;
  onSave: (body: KpiChanges) => void;
}

function TargetField(props: {
  index: number;
  target: TargetFields;
  unit: KpiUnit;
  change: boolean;
  onChange: (target: TargetFields) => void;
  error?: string;
}) {
  const { index, target, unit, change, onChange, error } = props;
  const due = target.month ? ` (${formatMonth(target.month)})` : '';
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-4">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        Target at {target.monthsFromStart} months{due}
      </legend>
      <TextInput
        id={`targets.${index}.value`}
        label={change ? 'Change from the baseline, as a %' : `Value (${UNIT_WORDS[unit].toLowerCase()})`}
        width="5"
        inputMode="decimal"
        suffix={change ? '%' : (UNIT_SUFFIX[unit] ?? undefined)}
        value={target.value}
        onChange={(event) => onChange({ ...target, value: event.target.value })}
        error={error}
      />
      <TextInput
        id={`targets.${index}.text`}
        label="In the plan’s words (optional)"
        width="20"
        value={target.text}
        onChange={(event) => onChange({ ...target, text: event.target.value })}
      />
    </fieldset>
  );
}

/** The manager's form for a KPI's measure, baseline, tolerance, owner and stepped targets. */
export function KpiForm({ initial, error, onSave, ...page }: KpiFormProps) {
  const [fields, setFields] = useState(initial);
  const [refused, setRefused] = useState<FieldError[]>([]);

  function submit() {
    const { errors, body } = readFields(fields);
    setRefused(errors);
    if (body) onSave(body);
  }

  const errors = refused.length > 0 ? refused : fieldErrorsFrom(error, 'unit');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const change = fields.targetKind !== 'level';
  return (
    <FormPage
      {...page}
      submitLabel="Save changes"
      errors={errors}
      conflict={refused.length === 0 && isStaleVersion(error)}
      onSubmit={submit}
    >
      <Select
        id="unit"
        label="Unit"
        options={KPI_UNITS.map((unit) => ({ value: unit, label: UNIT_WORDS[unit] }))}
        value={fields.unit}
        onChange={(event) => setFields({ ...fields, unit: event.target.value as KpiUnit })}
        error={errorFor('unit')}
      />
      <Radios
        name="direction"
        legend="Direction"
        options={KPI_DIRECTIONS.map((value) => ({ value, label: DIRECTION_WORDS[value] }))}
        value={fields.direction}
        onChange={(direction) => setFields({ ...fields, direction })}
        error={errorFor('direction')}
      />
      <Radios
        name="targetKind"
        legend="Kind of target"
        options={KPI_TARGET_KINDS.map((value) => ({ value, label: TARGET_KIND_WORDS[value] }))}
        value={fields.targetKind}
        onChange={(targetKind) => setFields({ ...fields, targetKind })}
        error={errorFor('targetKind')}
      />
      <TextInput
        id="baselineValue"
        label="Baseline (optional)"
        hint="As a number; a reduction or increase cannot be judged without one"
        width="5"
        inputMode="decimal"
        suffix={UNIT_SUFFIX[fields.unit] ?? undefined}
        value={fields.baselineValue}
        onChange={(event) => setFields({ ...fields, baselineValue: event.target.value })}
        error={errorFor('baselineValue')}
      />
      <TextInput
        id="baselineText"
        label="Baseline in the plan’s words (optional)"
        width="30"
        value={fields.baselineText}
        onChange={(event) => setFields({ ...fields, baselineText: event.target.value })}
        error={errorFor('baselineText')}
      />
      <TextInput
        id="tolerance"
        label="Near target within (optional)"
        hint="How far short still counts as near target. Leave empty for the default: 2 points for percentages and changes, 5% of the target otherwise."
        width="5"
        inputMode="decimal"
        value={fields.tolerance}
        onChange={(event) => setFields({ ...fields, tolerance: event.target.value })}
        error={errorFor('tolerance')}
      />
      <PersonSelect
        id="ownerId"
        label="Owner"
        hint="The owner records the KPI’s values, as the partnership manager can"
        value={fields.ownerId}
        onChange={(ownerId) => setFields({ ...fields, ownerId })}
        error={errorFor('ownerId')}
      />
      <h2 className="govuk-heading-m">Targets</h2>
      {fields.targets.map((target, index) => (
        <TargetField
          key={target.monthsFromStart}
          index={index}
          target={target}
          unit={fields.unit}
          change={change}
          onChange={(next) =>
            setFields({ ...fields, targets: fields.targets.map((t, i) => (i === index ? next : t)) })
          }
          error={errorFor(`targets.${index}.value`)}
        />
      ))}
    </FormPage>
  );
}
