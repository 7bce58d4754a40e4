import { REPORT_SECTIONS } from '@ragboard/shared';
import { meetingsRepository, meetingsService } from '../../modules/meetings';
import type { Db } from '../client';

const day = (from: Date, days: number) =>
  new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The bodies the plan reports to (seeds 002 and 003): the SEND Partnership Board at each meeting
 * and the Health and Wellbeing Board every two months. Their meetings are set around the demo's
 * today, so the next Partnership Board's pack is already drafted, through the real service, and
 * the Health and Wellbeing Board's will be.
 */
export async function insertDemoMeetings(db: Db, planId: string, now: Date) {
  const meetings = meetingsRepository(db);
  const board = await meetings.insertBody({
    planId,
    name: 'SEND Partnership Board',
    cadence: 'Every two months',
    sections: [...REPORT_SECTIONS],
    priorityIds: null,
    draftDaysBefore: 7,
  });
  const hwb = await meetings.insertBody({
    planId,
    name: 'Health and Wellbeing Board',
    cadence: 'Every two months',
    sections: ['summary', 'changes', 'exceptions', 'kpis'],
    priorityIds: null,
    draftDaysBefore: 7,
  });
  for (const [body, meetsIn] of [
    [board, 10],
    [board, 70],
    [hwb, 35],
    [hwb, 95],
  ] as const) {
    await meetings.insertMeeting({
      bodyId: body.id,
      meetsOn: day(now, meetsIn),
      papersDue: day(now, meetsIn - 7),
    });
  }
  await meetingsService(db, () => now).draftDuePacks();
}
