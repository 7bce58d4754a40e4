import { type DocumentCell, FINDING_JUDGEMENT_DEFINITIONS, type Lateness } from '@ragboard/shared';
import { KpiJudgementTag } from '../../../components/kpi-judgement-tag';
import { StatusTag } from '../../../components/status-tag';
import { TextWithBullets } from '../../../components/text-with-bullets';

/** How far behind its dates an action is, as the app tags it elsewhere (ActionDates); carried forward is plain. */
const LATENESS_TAG: Partial<Record<Lateness, string>> = {
  'past-new-date': 'govuk-tag--red',
  'no-new-date': 'govuk-tag--red',
  'new-date-agreed': 'govuk-tag--yellow',
};

/** A second line of smaller words under a cell's first. */
function Below({ children }: { children: string }) {
  return (
    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
      {children}
    </span>
  );
}

/** One cell of the report's document: its words always, styled as GOV.UK tags where it has a status or judgement. */
export function DocumentCellContent({ cell }: { cell: DocumentCell }) {
  switch (cell.kind) {
    case 'status':
      return (
        <>
          <StatusTag status={cell.status} withHiddenLabel />
          {cell.note && <Below>{cell.note}</Below>}
        </>
      );
    case 'action':
      return (
        <>
          <TextWithBullets text={cell.text} flush />
          {cell.note && <Below>{cell.note}</Below>}
        </>
      );
    case 'dates': {
      const tag = cell.lateness && LATENESS_TAG[cell.lateness.kind];
      return (
        <>
          {cell.text}
          {cell.lateness &&
            (tag ? (
              <>
                <br />
                <strong className={`govuk-tag ${tag} app-lateness-tag`}>{cell.lateness.text}</strong>
              </>
            ) : (
              <Below>{cell.lateness.text}</Below>
            ))}
        </>
      );
    }
    case 'kpi-judgement':
      return cell.judgement ? <KpiJudgementTag judgement={cell.judgement} /> : cell.text;
    case 'finding-judgement': {
      const tagClass = cell.judgement
        ? FINDING_JUDGEMENT_DEFINITIONS[cell.judgement].tagClass
        : 'govuk-tag--grey';
      return <strong className={`govuk-tag ${tagClass}`}>{cell.text}</strong>;
    }
    default: {
      const [first, ...more] = cell.text.split('\n');
      return (
        <>
          {first}
          {more.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their place
            <Below key={i}>{line}</Below>
          ))}
        </>
      );
    }
  }
}
