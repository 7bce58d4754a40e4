import { formatDate, type ReportingBody } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Checkboxes } from '../../components/form/checkboxes';
import { DateInput } from '../../components/form/date-input';
import { EMPTY_DATE, isoDateFrom } from '../../components/form/date-parts';
import { ErrorSummary, type FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { TextInput } from '../../components/form/text-input';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { useBodies } from '../../lib/queries/get-bodies';
import { usePlan } from '../../lib/queries/get-plan';
import { useCreateBody, useCreateMeeting } from './api/bodies';

function NewBodyForm({
  planId,
  priorities,
}: {
  planId: string;
  priorities: { id: string; ref: string; title: string }[];
}) {
  const [name, setName] = useState('');
  const [cadence, setCadence] = useState('');
  const [days, setDays] = useState('7');
  const [chosen, setChosen] = useState<string[]>([]);
  const create = useCreateBody(planId, {
    onSuccess: () => {
      setName('');
      setCadence('');
      setChosen([]);
    },
  });
  const errors = fieldErrorsFrom(create.error, 'name', {
    draftDaysBefore: 'draftDaysBefore',
    priorityIds: 'priorityIds',
  });
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <form
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        create.mutate({
          name,
          cadence,
          draftDaysBefore: Number(days),
          priorityIds: chosen.length ? chosen : null,
        });
      }}
    >
      <h2 className="govuk-heading-m">Add a body</h2>
      <ErrorSummary errors={errors} />
      <TextInput
        id="name"
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errorFor('name')}
      />
      <TextInput
        id="cadence"
        label="How often it meets"
        hint="For example, Every two months"
        value={cadence}
        onChange={(e) => setCadence(e.target.value)}
        error={errorFor('cadence')}
      />
      <Checkboxes
        name="priorityIds"
        legend="Priorities its packs cover"
        hint="Leave all unticked for the whole plan."
        options={priorities.map((p) => ({ value: p.id, label: `${p.ref} ${p.title}` }))}
        checked={chosen}
        onToggle={(value, on) => setChosen(on ? [...chosen, value] : chosen.filter((c) => c !== value))}
        error={errorFor('priorityIds')}
      />
      <TextInput
        id="draftDaysBefore"
        label="Draft its pack this many days before the papers are due"
        inputMode="numeric"
        width="4"
        value={days}
        onChange={(e) => setDays(e.target.value)}
        error={errorFor('draftDaysBefore')}
      />
      <button type="submit" className="govuk-button" disabled={create.isPending}>
        Add body
      </button>
    </form>
  );
}

function NewMeetingForm({ planId, body }: { planId: string; body: ReportingBody }) {
  const [meetsOn, setMeetsOn] = useState(EMPTY_DATE);
  const [papersDue, setPapersDue] = useState(EMPTY_DATE);
  const [checked, setChecked] = useState<FieldError[]>([]);
  const create = useCreateMeeting(planId, {
    onSuccess: () => {
      setMeetsOn(EMPTY_DATE);
      setPapersDue(EMPTY_DATE);
    },
  });
  const id = (field: string) => `${field}-${body.id}`;
  const errors = checked.length
    ? checked
    : fieldErrorsFrom(create.error, id('meetsOn'), { meetsOn: id('meetsOn'), papersDue: id('papersDue') });
  const errorFor = (field: string) => errors.find((e) => e.field === id(field))?.message;
  function submit(event: FormEvent) {
    event.preventDefault();
    const meeting = isoDateFrom(meetsOn, 'The meeting date');
    const papers = isoDateFrom(papersDue, 'The papers’ deadline');
    const problems: FieldError[] = [];
    if (!meeting.value)
      problems.push({ field: id('meetsOn'), message: meeting.error ?? 'Enter the meeting date' });
    if (!papers.value)
      problems.push({ field: id('papersDue'), message: papers.error ?? 'Enter the date papers are due' });
    setChecked(problems);
    if (meeting.value && papers.value)
      create.mutate({ bodyId: body.id, meeting: { meetsOn: meeting.value, papersDue: papers.value } });
  }
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} />
      <DateInput
        id={id('meetsOn')}
        legend={`Next meeting of the ${body.name}`}
        hint="For example, 14 1 2027"
        value={meetsOn}
        onChange={setMeetsOn}
        error={errorFor('meetsOn')}
      />
      <DateInput
        id={id('papersDue')}
        legend="Papers due"
        value={papersDue}
        onChange={setPapersDue}
        error={errorFor('papersDue')}
      />
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
  const title = 'Bodies and meetings';
  if (plan.isPending || bodies.isPending) return <Loading what="the bodies and meetings" />;
  if (plan.isError) return <QueryError title={title} error={plan.error} />;
  if (bodies.isError) return <QueryError title={title} error={bodies.error} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${title} – ${plan.data.title} – ragboard`}</title>
        <Link to={`/plans/${planId}/reports`} className="govuk-back-link">
          Back to the reports
        </Link>
        <span className="govuk-caption-l">{plan.data.title}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          Each meeting’s pack is drafted by itself, from the latest closed month, the set number of days
          before its papers are due. You then write the commentary and publish it as any report.
        </p>
        {bodies.data.bodies.map((body) => (
          <section key={body.id} aria-labelledby={`body-${body.id}`} className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id={`body-${body.id}`}>
              {body.name}
            </h2>
            <p className="govuk-body">
              {body.cadence}. Meetings:{' '}
              {body.meetings.length ? body.meetings.map((m) => formatDate(m.meetsOn)).join(', ') : 'none yet'}
              .
            </p>
            <NewMeetingForm planId={planId} body={body} />
          </section>
        ))}
        <NewBodyForm
          planId={planId}
          priorities={plan.data.priorities.map(({ id, ref, title: t }) => ({ id, ref, title: t }))}
        />
      </div>
    </div>
  );
}
