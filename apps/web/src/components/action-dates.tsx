import { type ActionPosition, dueWords, LATENESS, type Lateness, lateness } from '@ragboard/shared';

type Dated = Pick<
  ActionPosition,
  'status' | 'dueMonth' | 'dueText' | 'newDate' | 'pastOriginalDate' | 'pastNewDate' | 'carriedForward'
>;

const TAG_CLASS: Partial<Record<Lateness, string>> = {
  'past-new-date': 'govuk-tag--red',
  'no-new-date': 'govuk-tag--red',
  'new-date-agreed': 'govuk-tag--yellow',
};

/** How an action stands against its dates, in words (never by colour alone); nothing when within them. */
export function LatenessTag({ position }: { position: Dated }) {
  const kind = lateness(position);
  const tagClass = TAG_CLASS[kind];
  if (!tagClass) return null;
  return <strong className={`govuk-tag ${tagClass} app-lateness-tag`}>{LATENESS[kind]}</strong>;
}

/** Both dates wherever a due date is shown ("Due May 2025, new date 31 May 2027"), and how it stands against them. */
export function ActionDates({ position }: { position: Dated }) {
  const tag = lateness(position) in TAG_CLASS;
  return (
    <>
      <span>{dueWords(position)}</span>
      {tag && (
        <>
          <br />
          <LatenessTag position={position} />
        </>
      )}
    </>
  );
}
