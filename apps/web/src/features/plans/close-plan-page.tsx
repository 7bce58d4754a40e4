import { type ActionNode, carriedToWords, formatMonth, type PlanTree } from '@ragboard/shared';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DateInput } from '../../components/form/date-input';
import { type DateParts, EMPTY_DATE, monthFrom } from '../../components/form/date-parts';
import { ErrorSummary, type FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { Textarea } from '../../components/form/textarea';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { StatusTag } from '../../components/status-tag';
import { TableHead } from '../../components/table-head';
import { TableScroll } from '../../components/table-scroll';
import { paths } from '../../lib/paths';
import { planQueryOptions, usePlan } from '../../lib/queries/get-plan';
import { firstLine } from '../../lib/round-words';
import { isStaleVersion } from '../../lib/stale-version';
import { useClosePlan } from './api/close-plan';

const actionsOf = (plan: PlanTree) => plan.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.actions));
const unfinishedOf = (plan: PlanTree) => actionsOf(plan).filter((a) => a.status !== 'Blue');

/** "Carried forward to <plan> (action <ref>)" for each action of this plan the next one continues. */
function carriedWordsOf(successor: PlanTree | undefined): Map<string, string> {
  if (!successor) return new Map();
  return new Map(
    actionsOf(successor).flatMap((a) =>
      a.carriedFrom
        ? [[a.carriedFrom.actionId, carriedToWords({ planTitle: successor.title, ref: a.ref })]]
        : [],
    ),
  );
}

function UnfinishedRow({ action, carried }: { action: ActionNode; carried: string | undefined }) {
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">
        <Link to={paths.action(action.id)} className="govuk-link">
          {action.ref} {firstLine(action.title)}
        </Link>
      </td>
      <td className="govuk-table__cell">
        <StatusTag status={action.status} />
      </td>
      <td className="govuk-table__cell">{carried ?? 'Closes with the reason you give'}</td>
    </tr>
  );
}

function CloseForm({ plan, successor }: { plan: PlanTree; successor: PlanTree | undefined }) {
  const navigate = useNavigate();
  const [period, setPeriod] = useState<DateParts>(EMPTY_DATE);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState<FieldError[]>([]);
  const close = useClosePlan({ onSuccess: (reply) => navigate(paths.report(reply.summaryReportId)) });
  const unfinished = unfinishedOf(plan);
  const carried = carriedWordsOf(successor);
  // An action the next plan continues closes as carried forward: only the others need a reason.
  const needReason = unfinished.filter((a) => !carried.has(a.id)).length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldError[] = [];
    const month = monthFrom(period, 'The month the summary is taken at');
    if (month.error !== undefined) errors.push({ field: 'period', message: month.error });
    if (needReason && !reason.trim())
      errors.push({ field: 'reason', message: 'Enter why the unfinished actions close' });
    setChecked(errors);
    if (errors.length > 0) return;
    close.mutate({
      planId: plan.id,
      version: plan.version,
      body: {
        ...(month.value ? { period: month.value } : {}),
        ...(needReason && reason.trim() ? { reason } : {}),
      },
    });
  }

  const refused = useMemo(() => {
    if (isStaleVersion(close.error))
      return [
        {
          field: 'reason',
          message: 'The plan changed while you were reading: check it again, then close it',
        },
      ];
    return fieldErrorsFrom(close.error, 'reason');
  }, [close.error]);
  const errors = checked.length > 0 ? checked : refused;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">{plan.title}</span>
      <h1 className="govuk-heading-l">Close the plan</h1>
      <p className="govuk-body">
        Closing freezes the plan’s summary of progress as a published report: every action’s final status,
        each Blue’s sign-off, what becomes of each unfinished action, and the KPIs against their 12-month
        targets. The plan can then be read but no longer changed. This cannot be undone.
      </p>
      {unfinished.length > 0 ? (
        <TableScroll label="Actions not completed">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {unfinished.length === 1 ? '1 action is' : `${unfinished.length} actions are`} not completed
            </caption>
            <TableHead headings={['Action', 'Status', 'What becomes of it']} />
            <tbody className="govuk-table__body">
              {unfinished.map((a) => (
                <UnfinishedRow key={a.id} action={a} carried={carried.get(a.id)} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="govuk-body">Every action is completed and signed off.</p>
      )}
      <form onSubmit={submit} noValidate>
        <DateInput
          id="period"
          legend="Month the summary is taken at (optional)"
          hint={`Leave it empty for the plan’s last month (${formatMonth(plan.periodEnd)}), or this month if that is sooner`}
          withoutDay
          value={period}
          onChange={setPeriod}
          error={errorFor('period')}
        />
        {needReason && (
          <Textarea
            id="reason"
            label="Why the unfinished actions close"
            hint={`The summary of progress shows this beside each of them${carried.size > 0 ? ' not carried forward' : ''}, for example “Replaced by the 2025 to 2027 plan”`}
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={errorFor('reason')}
          />
        )}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--warning" disabled={close.isPending}>
            Close the plan
          </button>
          <Link to={paths.plan(plan.id)} className="govuk-link">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

/** The manager closes an active plan, with its summary of progress, after checking what is unfinished. */
export default function ClosePlanPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  // The next plan, if started, says which unfinished actions it continues.
  const successorId = plan.data?.successorId ?? '';
  const successor = useQuery({ ...planQueryOptions(successorId), enabled: successorId !== '' });
  const waiting = plan.isPending || (successorId !== '' && successor.isPending);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`Close ${plan.data?.title ?? 'the plan'} – ragboard`}</title>
        <Link to={paths.plan(planId)} className="govuk-back-link">
          Back to the plan
        </Link>
        {waiting && <Loading what="the plan" />}
        {plan.isError && <QueryError title="The plan could not be shown" error={plan.error} />}
        {plan.data &&
          !waiting &&
          (plan.data.state === 'active' ? (
            <CloseForm plan={plan.data} successor={successor.data} />
          ) : (
            <>
              <h1 className="govuk-heading-l">
                {plan.data.state === 'closed'
                  ? 'This plan is already closed'
                  : 'Only an active plan can be closed'}
              </h1>
              <p className="govuk-body">
                <Link to={paths.planReports(planId)} className="govuk-link">
                  The plan’s reports
                </Link>
              </p>
            </>
          ))}
      </div>
    </div>
  );
}
