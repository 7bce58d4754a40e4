import type { FindingJudgement, Month } from '@ragboard/shared';
import type { Tx } from '../client';
import { actionFindings, findingJudgements, findings } from '../schema';

const SOURCE = 'Ofsted and CQC local area SEND inspection, November 2017';

interface Judged {
  month: Month;
  judgement: FindingJudgement;
  note: string;
}

const INSPECTED: Judged = {
  month: '2017-11',
  judgement: 'open',
  note: 'One of the twelve areas of significant concern found by the joint inspection.',
};
const REVISIT_IMPROVED: Judged = {
  month: '2020-03',
  judgement: 'sufficiently_improved',
  note: 'The Ofsted and CQC revisit (9 to 12 March 2020) judged this area sufficiently improved.',
};
const REVISIT_IMPROVING: Judged = {
  month: '2020-03',
  judgement: 'improving',
  note: 'The revisit (9 to 12 March 2020) found improvements, but further on-going work is required.',
};
const PROGRESS_REVIEW: Judged = {
  month: '2021-09',
  judgement: 'sufficiently_improved',
  note: 'The DfE and NHS England 12-month progress review (29 September 2021) found sufficient clear and sustained progress.',
};

/**
 * The five areas the March 2020 revisit left open, in the words of the county council's news item
 * (seeds/004), with the actions of the 2023-24 plan whose words plainly address them.
 */
const REMAINING: { title: string; actionRefs: string[] }[] = [
  {
    title: 'Continue improving leaders’ accurate understanding of the local area',
    actionRefs: ['1.2.1', '1.2.2', '1.2.3'],
  },
  { title: 'Further address weak joint commissioning arrangements', actionRefs: ['1.1.9', '5.4.3'] },
  {
    title: 'Improve effective diagnostic pathways for autism spectrum disorders (ASD) across the whole area',
    actionRefs: ['5.2.1', '5.2.2'],
  },
  {
    title: 'Address the poor transition arrangements in 0 to 25 healthcare services',
    actionRefs: ['4.3.1', '4.3.2', '4.3.3'],
  },
  {
    title: 'Improve the quality of information and accessibility of the local offer',
    actionRefs: ['2.4.1', '2.4.2', '2.4.3', '2.4.4', '2.4.5', '2.4.6', '2.4.7'],
  },
];

/** The sources name only the five areas still open in 2020; the seven resolved then are left for the manager to word. */
const RESOLVED_BY_2020 = 7;

/**
 * The 2017 inspection's twelve areas of significant concern, judged over time: all open in
 * November 2017; seven sufficiently improved and five improving at the March 2020 revisit; those
 * five sufficiently improved at the September 2021 progress review.
 */
export async function insertDemoFindings(
  tx: Tx,
  planId: string,
  actionIds: Map<string, string>,
  managerId: string,
) {
  const rows = [
    ...REMAINING.map((f, i) => ({
      ref: String(i + 1),
      title: f.title,
      description:
        'An area of significant concern from the 2017 inspection that the March 2020 revisit found still needed work.',
      actionRefs: f.actionRefs,
      history: [INSPECTED, REVISIT_IMPROVING, PROGRESS_REVIEW],
    })),
    ...Array.from({ length: RESOLVED_BY_2020 }, (_, i) => ({
      ref: String(REMAINING.length + i + 1),
      title: `Area of significant concern ${REMAINING.length + i + 1}, sufficiently improved by March 2020`,
      description:
        'The news items this demo is drawn from do not name this area: the partnership manager can add its words from the inspection letter.',
      actionRefs: [] as string[],
      history: [INSPECTED, REVISIT_IMPROVED],
    })),
  ];
  const inserted = await tx
    .insert(findings)
    .values(
      rows.map((f, position) => ({
        planId,
        ref: f.ref,
        position: position + 1,
        title: f.title,
        description: f.description,
        source: SOURCE,
      })),
    )
    .returning({ id: findings.id });
  await tx.insert(findingJudgements).values(
    rows.flatMap((f, i) =>
      f.history.map((j) => ({
        findingId: inserted[i]!.id,
        ...j,
        authorId: managerId,
        createdAt: new Date(`${j.month}-28T12:00:00Z`),
      })),
    ),
  );
  await tx
    .insert(actionFindings)
    .values(
      rows.flatMap((f, i) =>
        f.actionRefs.map((ref) => ({ findingId: inserted[i]!.id, actionId: actionIds.get(ref)! })),
      ),
    );
}
