import {
  type CreateReportingBodyBody,
  formatDate,
  type Meeting,
  type ReportingBody,
  reportingBodySchema,
  type UpdateMeetingBody,
  type UpdateReportingBodyBody,
} from '@ragboard/shared';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Checkboxes } from '../../components/form/checkboxes';
import { DateInput } from '../../components/form/date-input';
import { EMPTY_DATE, isoDateFrom, partsOf } from '../../components/form/date-parts';
import { ErrorSummary, type FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { TextInput } from '../../components/form/text-input';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { paths } from '../../lib/paths';
import { useBodies } from '../../lib/queries/get-bodies';
import { usePlan } from '../../lib/queries/get-plan';
import { currentOf, isStaleVersion } from '../../lib/stale-version';
import {
  useCancelMeeting,
  useCreateBody,
  useCreateMeeting,
  useMoveMeeting,
  useRetireBody,
  useUpdateBody,
} from './api/bodies';

type Priority = { id: string; ref: string; title: string };

/** What a body form holds as typed. */
interface BodyFields {
  name: string;
  cadence: string;
  days: string;
  chosen: string[];
}

const NEW_BODY: BodyFields = { name: '', cadence: '', days: '7', chosen: [] };

const fieldsOf = (body: ReportingBody): BodyFields => ({
  name: body.name,
  cadence: body.cadence,
  days: String(body.draftDaysBefore),
  chosen: body.priorityIds ?? [],
});

/** A body's fields, to add one or change one; `idSuffix` keeps ids apart when several are open. */
function BodyForm({
  heading,
  submitLabel,
  idSuffix = '',
  fields,
  onChange,
  priorities,
  error,
  pending,
  onSubmit,
  children,
}: {
  heading: ReactNode;
  submitLabel: string;
  idSuffix?: string;
  fields: BodyFields;
  onChange: (fields: BodyFields) => void;
  priorities: Priority[];
  error: Error | null;
  pending: boolean;
  onSubmit: (body: UpdateReportingBodyBody & CreateReportingBodyBody) => void;
  children?: ReactNode;
}) {
  const id = (field: string) => `${field}${idSuffix}`;
  const errors = fieldErrorsFrom(error, id('name'), {
    name: id('name'),
    cadence: id('cadence'),
    draftDaysBefore: id('draftDaysBefore'),
    priorityIds: id('priorityIds'),
    sections: id('name'),
  });
  const errorFor = (field: string) => errors.find((e) => e.field === id(field))?.message;
  const set = (change: Partial<BodyFields>) => onChange({ ...fields, ...change });
  return (
    <form
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit({
          name: fields.name,
          cadence: fields.cadence,
          draftDaysBefore: Number(fields.days),
          priorityIds: fields.chosen.length ? fields.chosen : null,
        });
      }}
    >
      {heading}
      {children}
      <ErrorSummary errors={errors} />
      <TextInput
        id={id('name')}
        label="Name"
        value={fields.name}
        onChange={(e) => set({ name: e.target.value })}
        error={errorFor('name')}
      />
      <TextInput
        id={id('cadence')}
        label="How often it meets"
        hint="For example, Every two months"
        value={fields.cadence}
        onChange={(e) => set({ cadence: e.target.value })}
        error={errorFor('cadence')}
      />
      <Checkboxes
        name={id('priorityIds')}
        legend="Priorities its packs cover"
        hint="Leave all unticked for the whole plan."
        options={priorities.map((p) => ({ value: p.id, label: `${p.ref} ${p.title}` }))}
        checked={fields.chosen}
        onToggle={(value, on) =>
          set({ chosen: on ? [...fields.chosen, value] : fields.chosen.filter((c) => c !== value) })
        }
        error={errorFor('priorityIds')}
      />
      <TextInput
        id={id('draftDaysBefore')}
        label="Draft its pack this many days before the papers are due"
        inputMode="numeric"
        width="4"
        value={fields.days}
        onChange={(e) => set({ days: e.target.value })}
        error={errorFor('draftDaysBefore')}
      />
      <button type="submit" className="govuk-button" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

function NewBodyForm({ planId, priorities }: { planId: string; priorities: Priority[] }) {
  const [fields, setFields] = useState(NEW_BODY);
  const create = useCreateBody(planId, { onSuccess: () => setFields(NEW_BODY) });
  return (
    <BodyForm
      heading={<h2 className="govuk-heading-m">Add a body</h2>}
      submitLabel="Add body"
      fields={fields}
      onChange={setFields}
      priorities={priorities}
      error={create.error}
      pending={create.isPending}
      onSubmit={(body) => create.mutate(body)}
    />
  );
}

/**
 * A body's form pre-filled, sent with the version the manager saw. When someone else changed the
 * body first (409), the form is filled again with the body as it now stands, and says so.
 */
function EditBodyForm({
  planId,
  body,
  priorities,
  onDone,
}: {
  planId: string;
  body: ReportingBody;
  priorities: Priority[];
  onDone: (saved: boolean) => void;
}) {
  const [base, setBase] = useState(body);
  const [fields, setFields] = useState(() => fieldsOf(body));
  const heading = useRef<HTMLHeadingElement>(null);
  const update = useUpdateBody(planId, { onSuccess: () => onDone(true) });
  useEffect(() => heading.current?.focus(), []);
  const conflict = isStaleVersion(update.error);
  useEffect(() => {
    const current = currentOf(update.error, reportingBodySchema);
    if (!current) return;
    setBase(current);
    setFields(fieldsOf(current));
  }, [update.error]);
  return (
    <BodyForm
      heading={
        <h3 className="govuk-heading-s" ref={heading} tabIndex={-1}>
          Change the {body.name}
        </h3>
      }
      submitLabel="Save changes"
      idSuffix={`-${body.id}`}
      fields={fields}
      onChange={setFields}
      priorities={priorities}
      error={update.error}
      pending={update.isPending}
      onSubmit={(changes) => update.mutate({ body: base, changes })}
    >
      {conflict && (
        <div className="govuk-warning-text" role="alert">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            Someone else changed this body: here it is as it now stands. Make your change again and save.
          </strong>
        </div>
      )}
      <p className="govuk-body">
        <button type="button" className="govuk-link govuk-body" onClick={() => onDone(false)}>
          Leave it as it is
        </button>
      </p>
    </BodyForm>
  );
}

/** A question put before an action that cannot be undone, with its two answers. */
function Confirm({
  question,
  detail,
  yes,
  no,
  pending,
  error,
  onYes,
  onNo,
}: {
  question: string;
  detail: ReactNode;
  yes: string;
  no: string;
  pending: boolean;
  error: Error | null;
  onYes: () => void;
  onNo: () => void;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="govuk-inset-text">
      <h3 className="govuk-heading-s" ref={ref} tabIndex={-1}>
        {question}
      </h3>
      <p className="govuk-body">{detail}</p>
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error.message}
        </p>
      )}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          disabled={pending}
          onClick={onYes}
        >
          {yes}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}

/**
 * A meeting's two dates as a form asks for them, to add a meeting or to move one: what was typed,
 * the problems found here or by the API (shown against `ids`), and the dates once both are right.
 */
function useMeetingDates(
  ids: { meetsOn: string; papersDue: string },
  serverError: Error | null,
  initial?: Meeting,
) {
  const [meetsOn, setMeetsOn] = useState(() => (initial ? partsOf(initial.meetsOn) : EMPTY_DATE));
  const [papersDue, setPapersDue] = useState(() => (initial ? partsOf(initial.papersDue) : EMPTY_DATE));
  const [checked, setChecked] = useState<FieldError[]>([]);
  const errors = checked.length ? checked : fieldErrorsFrom(serverError, ids.meetsOn, ids);
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  return {
    errors,
    /** Both dates, or null with each problem shown. */
    check(): UpdateMeetingBody | null {
      const meets = isoDateFrom(meetsOn, 'The meeting date');
      const papers = isoDateFrom(papersDue, 'The papers’ deadline');
      const problems: FieldError[] = [];
      if (!meets.value)
        problems.push({ field: ids.meetsOn, message: meets.error ?? 'Enter the meeting date' });
      if (!papers.value)
        problems.push({ field: ids.papersDue, message: papers.error ?? 'Enter the date papers are due' });
      setChecked(problems);
      return meets.value && papers.value ? { meetsOn: meets.value, papersDue: papers.value } : null;
    },
    clear() {
      setMeetsOn(EMPTY_DATE);
      setPapersDue(EMPTY_DATE);
      setChecked([]);
    },
    forgetProblems: () => setChecked([]),
    fields: (legend: string, hint?: string) => (
      <>
        <DateInput
          id={ids.meetsOn}
          legend={legend}
          hint={hint}
          value={meetsOn}
          onChange={setMeetsOn}
          error={errorFor(ids.meetsOn)}
        />
        <DateInput
          id={ids.papersDue}
          legend="Papers due"
          value={papersDue}
          onChange={setPapersDue}
          error={errorFor(ids.papersDue)}
        />
      </>
    ),
  };
}

/** A meeting, with its pack if drafted, moved by a small form or cancelled after a question. */
function MeetingItem({
  planId,
  body,
  meeting,
  onStatus,
}: {
  planId: string;
  body: ReportingBody;
  meeting: Meeting;
  onStatus: (message: string) => void;
}) {
  const [mode, setMode] = useState<'view' | 'move' | 'cancel'>('view');
  const changeButton = useRef<HTMLButtonElement>(null);
  const when = formatDate(meeting.meetsOn);
  const move = useMoveMeeting(planId, {
    onSuccess: () => {
      setMode('view');
      onStatus(`The ${body.name} meeting has moved.`);
    },
  });
  const cancel = useCancelMeeting(planId, {
    onSuccess: () => onStatus(`The ${body.name} meeting on ${when} is cancelled.`),
  });
  const dates = useMeetingDates(
    { meetsOn: `move-meetsOn-${meeting.id}`, papersDue: `move-papersDue-${meeting.id}` },
    move.error,
    meeting,
  );
  const back = () => {
    setMode('view');
    dates.forgetProblems();
    move.reset();
    cancel.reset();
    requestAnimationFrame(() => changeButton.current?.focus());
  };
  function submitMove(event: FormEvent) {
    event.preventDefault();
    const checked = dates.check();
    if (checked) move.mutate({ meeting, dates: checked });
  }
  return (
    <li>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{when}</strong>, papers due {formatDate(meeting.papersDue)}.{' '}
        {meeting.report ? `Pack: ${meeting.report.title} (${meeting.report.state}).` : 'No pack yet.'}
      </p>
      {mode === 'view' && (
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            ref={changeButton}
            onClick={() => setMode('move')}
          >
            Change date<span className="govuk-visually-hidden"> of the meeting on {when}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            onClick={() => setMode('cancel')}
          >
            Cancel meeting<span className="govuk-visually-hidden"> on {when}</span>
          </button>
        </div>
      )}
      {mode === 'move' && (
        <form noValidate onSubmit={submitMove}>
          <ErrorSummary errors={dates.errors} />
          {dates.fields(`New date of the ${body.name} meeting on ${when}`)}
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={move.isPending}>
              Save new date
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={back}>
              Keep the date
            </button>
          </div>
        </form>
      )}
      {mode === 'cancel' && (
        <Confirm
          question={`Cancel the ${body.name} meeting on ${when}?`}
          detail={
            meeting.report
              ? `Its pack, “${meeting.report.title}”, has been drafted: it stays in the reports, as an ordinary report.`
              : 'No pack has been drafted for it. Any pack drafted for a meeting always stays in the reports.'
          }
          yes="Yes, cancel the meeting"
          no="No, keep it"
          pending={cancel.isPending}
          error={cancel.error}
          onYes={() => cancel.mutate(meeting)}
          onNo={back}
        />
      )}
    </li>
  );
}

/** A body, its meetings, and what the manager may do with them. */
function BodySection({
  planId,
  body,
  priorities,
  onRetired,
}: {
  planId: string;
  body: ReportingBody;
  priorities: Priority[];
  onRetired: (name: string) => void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'retire'>('view');
  const [status, setStatus] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  /** A meeting moved or cancelled: its buttons are gone, so focus goes to what was done. */
  const announce = (message: string) => {
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const retire = useRetireBody(planId, { onSuccess: () => onRetired(body.name) });
  const back = () => {
    setMode('view');
    retire.reset();
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <section aria-labelledby={`body-${body.id}`} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={`body-${body.id}`}>
        {body.name}
      </h2>
      <p className="govuk-body govuk-!-font-weight-bold" role="status" ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      <p className="govuk-body">
        {body.cadence}. Meetings:{' '}
        {body.meetings.length ? body.meetings.map((m) => formatDate(m.meetsOn)).join(', ') : 'none yet'}.
      </p>
      {mode === 'view' && (
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            ref={editButton}
            onClick={() => {
              setStatus('');
              setMode('edit');
            }}
          >
            Edit<span className="govuk-visually-hidden"> the {body.name}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            onClick={() => setMode('retire')}
          >
            Retire<span className="govuk-visually-hidden"> the {body.name}</span>
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <EditBodyForm
          planId={planId}
          body={body}
          priorities={priorities}
          onDone={(saved) => {
            if (saved) setStatus(`The ${body.name} is saved.`);
            back();
          }}
        />
      )}
      {mode === 'retire' && (
        <Confirm
          question={`Retire the ${body.name}?`}
          detail="It will no longer be listed here and no more packs will be drafted for it. The packs already drafted stay in the reports."
          yes="Yes, retire it"
          no="No, keep it"
          pending={retire.isPending}
          error={retire.error}
          onYes={() => retire.mutate(body)}
          onNo={back}
        />
      )}
      {body.meetings.length > 0 && (
        <ul className="govuk-list">
          {body.meetings.map((meeting) => (
            <MeetingItem key={meeting.id} planId={planId} body={body} meeting={meeting} onStatus={announce} />
          ))}
        </ul>
      )}
      <NewMeetingForm planId={planId} body={body} />
    </section>
  );
}

function NewMeetingForm({ planId, body }: { planId: string; body: ReportingBody }) {
  const create = useCreateMeeting(planId, { onSuccess: () => dates.clear() });
  const dates = useMeetingDates(
    { meetsOn: `meetsOn-${body.id}`, papersDue: `papersDue-${body.id}` },
    create.error,
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const meeting = dates.check();
    if (meeting) create.mutate({ bodyId: body.id, meeting });
  }
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={dates.errors} />
      {dates.fields(`Next meeting of the ${body.name}`, 'For example, 14 1 2027')}
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={create.isPending}>
        Add meeting
      </button>
    </form>
  );
}

/** The manager records the bodies the plan reports to and their meetings; packs are drafted by themselves. */
export default function BodiesPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const bodies = useBodies(planId);
  const [retired, setRetired] = useState('');
  const retiredRef = useRef<HTMLParagraphElement>(null);
  const title = 'Bodies and meetings';
  if (plan.isPending || bodies.isPending) return <Loading what="the bodies and meetings" />;
  if (plan.isError) return <QueryError title={title} error={plan.error} />;
  if (bodies.isError) return <QueryError title={title} error={bodies.error} />;
  const priorities = plan.data.priorities.map(({ id, ref, title: t }) => ({ id, ref, title: t }));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${title} – ${plan.data.title} – ragboard`}</title>
        <Link to={paths.planReports(planId)} className="govuk-back-link">
          Back to the reports
        </Link>
        <span className="govuk-caption-l">{plan.data.title}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          Each meeting’s pack is drafted by itself, from the latest closed month, the set number of days
          before its papers are due. You then write the commentary and publish it as any report.
        </p>
        <p className="govuk-body govuk-!-font-weight-bold" role="status" ref={retiredRef} tabIndex={-1}>
          {retired}
        </p>
        {bodies.data.bodies.map((body) => (
          <BodySection
            key={body.id}
            planId={planId}
            body={body}
            priorities={priorities}
            onRetired={(name) => {
              setRetired(`The ${name} is retired. The packs drafted for it stay in the reports.`);
              requestAnimationFrame(() => retiredRef.current?.focus());
            }}
          />
        ))}
        <NewBodyForm planId={planId} priorities={priorities} />
      </div>
    </div>
  );
}
