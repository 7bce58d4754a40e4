import {
  type ActionNode,
  addMonths,
  type Kpi,
  type PlanTree,
  type StartNextPlanBody,
  startNextPlanBodySchema,
} from '@ragboard/shared';
import type { FieldError } from '../../components/form/error-summary';
import { fieldIssuesOf } from '../../components/form/field-errors';
import { checkPlanFields, type PlanFields } from './components/plan-form';

/** What the manager has chosen so far on "Start the next plan". */
export interface NextPlanDraft {
  fields: PlanFields;
  /** Each priority's choice, once the manager touches it; untouched, it continues as it is. */
  priorities: Record<string, { on: boolean; ref: string; title: string }>;
  /** The unfinished actions ticked to carry forward. */
  actionIds: string[];
  /** Each KPI's choice, once touched; untouched, it carries with its latest actual as the baseline. */
  kpis: Record<string, { on: boolean; baseline: string }>;
}

/** The ids of the page's inputs, where error messages land. */
export const nextPlanIds = {
  priority: (id: string) => `priority-${id}`,
  priorityRef: (id: string) => `priority-${id}-ref`,
  priorityTitle: (id: string) => `priority-${id}-title`,
  action: (id: string) => `action-${id}`,
  kpi: (id: string) => `kpi-${id}`,
  kpiBaseline: (id: string) => `kpi-${id}-baseline`,
};

/** The actions a next plan may carry: every one not completed (Blue). */
export const unfinished = (actions: ActionNode[]) => actions.filter((a) => a.status !== 'Blue');

export function initialDraft(plan: PlanTree): NextPlanDraft {
  const actions = plan.priorities.flatMap((p) => p.outcomes.flatMap((o) => unfinished(o.actions)));
  return {
    fields: { title: '', periodStart: addMonths(plan.periodEnd, 1), periodEnd: '' },
    priorities: {},
    actionIds: actions.map((a) => a.id),
    kpis: {},
  };
}

export function priorityChoice(draft: NextPlanDraft, priority: { id: string; ref: string; title: string }) {
  return draft.priorities[priority.id] ?? { on: true, ref: priority.ref, title: priority.title };
}

/** A KPI's new baseline unless the manager says otherwise: its latest actual, else the baseline it has. */
export function defaultBaseline(kpi: Kpi): string {
  const value = kpi.latest?.value ?? kpi.baselineValue;
  return value === null ? '' : String(value);
}

export function kpiChoice(draft: NextPlanDraft, kpi: Kpi) {
  return draft.kpis[kpi.id] ?? { on: true, baseline: defaultBaseline(kpi) };
}

/** The actions ticked that will go: an action goes only with its priority. */
export function carriedActionIds(plan: PlanTree, draft: NextPlanDraft): string[] {
  const ticked = new Set(draft.actionIds);
  return plan.priorities
    .filter((p) => priorityChoice(draft, p).on)
    .flatMap((p) => p.outcomes.flatMap((o) => o.actions))
    .filter((a) => ticked.has(a.id))
    .map((a) => a.id);
}

function kpisOf(draft: NextPlanDraft, kpis: Kpi[], errors: FieldError[]): StartNextPlanBody['kpis'] {
  // Every KPI as it comes: leave the list out, so the API writes each baseline with its month and plan.
  const untouched = kpis.every((k) => {
    const choice = kpiChoice(draft, k);
    return choice.on && choice.baseline.trim() === defaultBaseline(k);
  });
  if (untouched) return undefined;
  return kpis
    .filter((k) => kpiChoice(draft, k).on)
    .map((k) => {
      const text = kpiChoice(draft, k).baseline.trim().replace(/,/g, '');
      const value = text === '' ? null : Number(text);
      if (value !== null && !Number.isFinite(value)) {
        errors.push({
          field: nextPlanIds.kpiBaseline(k.id),
          message: `Enter the new baseline of KPI ${k.outcomeRef} as a number, like 52 or 52.5`,
        });
      }
      return { id: k.id, baselineValue: value };
    });
}

/** Where a refused field of the body is on the page ("body.priorities.0.ref", "actionIds.2", "periodEnd"). */
export function fieldOfPath(path: string, sent: StartNextPlanBody, plan: PlanTree): string {
  const [name, index, leaf] = path.replace(/^body\.?/, '').split('.');
  const at = Number(index);
  const firstPriority = plan.priorities[0];
  const priorityBox = firstPriority ? nextPlanIds.priority(firstPriority.id) : 'title';
  if (name === 'periodStart' || name === 'periodEnd') return name;
  if (name === 'priorities') {
    const id = sent.priorities?.[at]?.id;
    if (!id) return priorityBox;
    if (leaf === 'ref') return nextPlanIds.priorityRef(id);
    return leaf === 'title' ? nextPlanIds.priorityTitle(id) : nextPlanIds.priority(id);
  }
  if (name === 'outcomes') return priorityBox;
  if (name === 'actionIds') {
    const id = sent.actionIds?.[at] ?? sent.actionIds?.[0];
    return id ? nextPlanIds.action(id) : priorityBox;
  }
  if (name === 'kpis') {
    const id = sent.kpis?.[at]?.id ?? sent.kpis?.[0]?.id;
    return id ? nextPlanIds.kpiBaseline(id) : 'title';
  }
  return 'title';
}

/** The API's refusal of a 400, each message on the input it is about. */
export function refusedFields(error: Error | null, sent: StartNextPlanBody | undefined, plan: PlanTree) {
  const issues = fieldIssuesOf(error);
  if (!sent || issues.length === 0) return null;
  return issues.map((issue) => ({ field: fieldOfPath(issue.path, sent, plan), message: issue.message }));
}

/** The body to send, or what is wrong with the draft, checked as the API checks it. */
export function nextPlanBody(
  plan: PlanTree,
  draft: NextPlanDraft,
  kpis: Kpi[] | undefined,
): { body: StartNextPlanBody; errors: FieldError[] } {
  const errors = checkPlanFields(draft.fields);
  const priorities = plan.priorities
    .filter((p) => priorityChoice(draft, p).on)
    .map((p) => {
      const choice = priorityChoice(draft, p);
      const ref = choice.ref.trim();
      const title = choice.title.trim();
      if (!ref)
        errors.push({
          field: nextPlanIds.priorityRef(p.id),
          message: `Enter the number of priority ${p.ref} in the next plan`,
        });
      if (!title)
        errors.push({
          field: nextPlanIds.priorityTitle(p.id),
          message: `Enter the title of priority ${p.ref} in the next plan`,
        });
      return { id: p.id, ...(ref !== p.ref ? { ref } : {}), ...(title !== p.title ? { title } : {}) };
    });
  const body: StartNextPlanBody = {
    ...draft.fields,
    title: draft.fields.title.trim(),
    priorities,
    actionIds: carriedActionIds(plan, draft),
  };
  const kpiList = kpis ? kpisOf(draft, kpis, errors) : undefined;
  if (kpiList) body.kpis = kpiList;
  const parsed = startNextPlanBodySchema.safeParse(body);
  const fromSchema = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        field: fieldOfPath(issue.path.map(String).join('.'), body, plan),
        message: issue.message,
      }));
  const all = [...errors, ...fromSchema];
  return { body, errors: all.filter((e, i) => all.findIndex((other) => other.field === e.field) === i) };
}
