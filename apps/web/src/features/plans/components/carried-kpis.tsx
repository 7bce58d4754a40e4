import type { Kpi } from '@ragboard/shared';
import { TextInput } from '../../../components/form/text-input';
import { InlineError } from '../../../components/inline-error';
import { Loading } from '../../../components/loading';
import { baselineWords, valueInMonth } from '../../../lib/kpi-words';
import { useKpis } from '../../../lib/queries/get-kpis';
import { firstLine } from '../../../lib/round-words';
import { kpiChoice, type NextPlanDraft, nextPlanIds } from '../next-plan-draft';
import { CheckboxItem } from './checkbox-item';

interface Props {
  planId: string;
  draft: NextPlanDraft;
  onChange: (draft: NextPlanDraft) => void;
  errorFor: (field: string) => string | undefined;
}

function baselineHint(kpi: Kpi): string {
  const from = kpi.latest
    ? `Its latest actual: ${valueInMonth(kpi.latest, kpi.unit)}.`
    : `No actual recorded yet; its baseline is ${baselineWords(kpi)}.`;
  return `${from} Leave it empty if there is no figure.`;
}

function KpiList({ kpis, draft, onChange, errorFor }: Omit<Props, 'planId'> & { kpis: Kpi[] }) {
  if (kpis.length === 0) return <p className="govuk-body">This plan has no KPIs.</p>;
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="kpis-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">KPIs that carry forward</legend>
        <div id="kpis-hint" className="govuk-hint">
          Each keeps its targets, counted from the next plan’s first month, with a new baseline.
        </div>
        <div className="govuk-checkboxes">
          {kpis.map((k) => {
            const choice = kpiChoice(draft, k);
            const set = (change: Partial<typeof choice>) =>
              onChange({ ...draft, kpis: { ...draft.kpis, [k.id]: { ...choice, ...change } } });
            return (
              <CheckboxItem
                key={k.id}
                id={nextPlanIds.kpi(k.id)}
                label={`${k.outcomeRef} ${firstLine(k.statement)}`}
                checked={choice.on}
                onChange={(on) => set({ on })}
              >
                <TextInput
                  id={nextPlanIds.kpiBaseline(k.id)}
                  label={`New baseline: ${k.outcomeRef} ${firstLine(k.statement)}`}
                  hint={baselineHint(k)}
                  inputMode="decimal"
                  spellCheck={false}
                  width="10"
                  value={choice.baseline}
                  onChange={(e) => set({ baseline: e.target.value })}
                  error={errorFor(nextPlanIds.kpiBaseline(k.id))}
                />
              </CheckboxItem>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** Which KPIs carry forward, each with its new baseline: by default its latest actual. */
export function CarriedKpis({ planId, draft, onChange, errorFor }: Props) {
  const kpis = useKpis(planId);
  return (
    <section aria-labelledby="carried-kpis-heading">
      <h2 className="govuk-heading-m" id="carried-kpis-heading">
        KPIs and their new baselines
      </h2>
      {kpis.isPending && <Loading what="the KPIs" />}
      {kpis.isError && (
        <InlineError
          message={`The KPIs could not be loaded, so each will carry forward with its latest actual as the new baseline. ${kpis.error.message}`}
        />
      )}
      {kpis.data && <KpiList kpis={kpis.data.kpis} draft={draft} onChange={onChange} errorFor={errorFor} />}
    </section>
  );
}
