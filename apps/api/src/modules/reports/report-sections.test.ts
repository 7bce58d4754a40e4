import { actionSchema, boardReportSchema, challengeSchema, myActionsSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../db/demo/seed-demo';
import { reopenDemoPlan } from '../../test/factories';
import { readExports } from '../../test/read-exports';
import { requestsAs } from '../../test/requests';
import { type SignedIn, signIn } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const EARLIER = 'The forum asked in October whether the survey reached families in Pendle';
const REASON = 'We do not agree with this status because parents in Pendle still wait a year';
const ANSWER = 'The Pendle clinic opened in November and waits are now twelve weeks';
const STILL_OPEN = 'We do not agree with this status because the leaflet is still not in Urdu';
const LOCAL_OFFER = 'Improve the quality of information and accessibility of the local offer';

describe('the forum’s challenges and the inspection findings in the board report', () => {
  let clock = new Date('2026-11-02T09:00:00Z');
  // A minute at a time: far enough apart to order, near enough that no session idles out.
  const later = () => {
    clock = new Date(clock.getTime() + 60_000);
  };
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let lead: SignedIn;
  let forum: SignedIn;
  let planId: string;
  beforeAll(async () => {
    ctx = await createTestApp({ now: () => clock, requestsPerMinute: false });
    await seedDemo(ctx.database.db, clock);
    const demo = (who: string) => signIn(ctx.app, `${who}@example.org`, 'ragboard-demo');
    [manager, lead, forum] = [await demo('manager'), await demo('lead'), await demo('forum')];
    planId = await reopenDemoPlan(ctx.database.db);
  });
  afterAll(() => ctx.close());

  async function challenge(actionId: string, reason: string) {
    const action = actionSchema.parse(
      (await requestsAs(ctx.app, forum)('GET', `/api/actions/${actionId}`)).json(),
    );
    const reply = await requestsAs(ctx.app, forum)('POST', `/api/actions/${actionId}/challenges`, {
      status: action.status,
      reason,
    });
    later();
    return challengeSchema.parse(reply.json());
  }
  async function answer(challengeId: string, text: string) {
    const reply = await requestsAs(ctx.app, lead)('POST', `/api/challenges/${challengeId}/answer`, {
      answer: text,
    });
    expect(reply.statusCode).toBe(200);
    later();
  }
  async function report(period: string, title: string) {
    const reply = await requestsAs(ctx.app, manager)('POST', `/api/plans/${planId}/reports`, {
      period,
      title,
    });
    later();
    return boardReportSchema.parse(reply.json());
  }

  it('reports challenges raised or answered since the last report, and those still open, with the findings, in every export', async () => {
    const mine = myActionsSchema
      .parse((await requestsAs(ctx.app, lead)('GET', '/api/my/actions')).json())
      .items.filter((i) => i.plan.id === planId);
    const [first, second, third] = mine.map((i) => i.action);
    const earlier = await challenge(first!.id, EARLIER);
    await answer(earlier.id, 'Yes, it went to every school in Pendle');
    const open = await challenge(second!.id, STILL_OPEN);
    const last = await report('2026-10', 'October board');
    expect(last.snapshot.challenges.map((c) => c.id).sort()).toEqual([earlier.id, open.id].sort());
    await requestsAs(ctx.app, manager)('POST', `/api/reports/${last.id}/publish`);
    later();

    const raised = await challenge(third!.id, REASON);
    await answer(raised.id, ANSWER);
    const next = await report('2026-11', 'November board');
    expect(next.sections).toEqual(expect.arrayContaining(['challenges', 'findings']));
    expect(next.snapshot.challenges.map((c) => [c.action.ref, c.state, c.answer?.text ?? null])).toEqual([
      [third!.ref, 'answered', ANSWER],
      [second!.ref, 'open', null],
    ]);
    expect(next.snapshot.findings).toHaveLength(12);
    const localOffer = next.snapshot.findings.find((f) => f.title === LOCAL_OFFER)!;
    expect(localOffer).toMatchObject({ judgement: { month: '2021-09', judgement: 'sufficiently_improved' } });
    expect(localOffer.actions.map((a) => a.ref)).toEqual([
      '2.4.1',
      '2.4.2',
      '2.4.3',
      '2.4.4',
      '2.4.5',
      '2.4.6',
      '2.4.7',
    ]);

    const files = await readExports((url) => requestsAs(ctx.app, manager)('GET', url), next.id);
    const challenged = files.csv.find((row) => row[0] === third!.ref)!;
    expect(challenged.at(-1)).toContain(REASON);
    expect(challenged.at(-1)).toContain(ANSWER);
    expect(files.csv.find((row) => row[0] === '2.4.6')!.at(-2)).toContain(LOCAL_OFFER);
    const sheetText = (name: string) =>
      files.sheets
        .find((s) => s.name === name)!
        .rows.flat()
        .join('\n');
    for (const words of [REASON, ANSWER, STILL_OPEN, 'Not yet answered'])
      expect(sheetText('Challenges')).toContain(words);
    expect(sheetText('Challenges')).not.toContain(EARLIER);
    const localOfferRow = files.sheets
      .find((s) => s.name === 'Findings')!
      .rows.find((r) => String(r[1]).startsWith(LOCAL_OFFER));
    expect(localOfferRow?.slice(0, 3)).toEqual([
      '5',
      expect.any(String),
      'Sufficiently improved (September 2021)',
    ]);
    for (const text of [files.docXml, files.pdfText, files.html]) {
      for (const words of [
        'Challenges to action statuses',
        REASON,
        ANSWER,
        STILL_OPEN,
        'Inspection findings',
        LOCAL_OFFER,
        'Sufficiently improved (September 2021)',
      ])
        expect(text).toContain(words);
      expect(text).not.toContain(EARLIER);
    }
  });
});
