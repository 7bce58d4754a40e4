import { formatDate, formatMonth, type Month, type RemindersReply } from '@ragboard/shared';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { MailConfig } from '../../config';
import type { Db } from '../../db/client';
import type { outboxMessages } from '../../db/schema';
import { priorities } from '../../db/schema';
import { ConflictError } from '../../plugins/errors';
import { lastDayForUpdates, periodsRepository, updatesCloseAt } from '../periods';
import { dueForUpdate, loadSummaryInput } from '../summary';
import { updateRequestsService, updateRequestUrl } from '../update-requests';
import { outboxRepository } from './outbox.repository';
import { remindersRepository } from './reminders.repository';

type Unreachable = RemindersReply['unreachable'][number];

interface LeadReminder {
  personId: string;
  name: string;
  actions: { id: string; ref: string; title: string; priorityId: string }[];
}

export interface ReminderRound {
  planId: string;
  month: Month;
  /** The manager sending it, or null for a scheduled reminder. */
  createdById: string | null;
  /** Signs the email. */
  from: string;
  /** After the deadline: copy in the lead of each delivery group the missing actions belong to. */
  escalate: boolean;
}

export interface ReminderDeps {
  mail: MailConfig;
  mailerConfigured: boolean;
  now: () => Date;
}

function letter(
  lead: LeadReminder,
  round: ReminderRound,
  period: { deadline: string; graceDays: number } | null,
  link: string | null,
  signInLink: (actionId: string) => string,
  copied: string[],
) {
  const month = formatMonth(round.month);
  const count = lead.actions.length === 1 ? 'this action' : `these ${lead.actions.length} actions`;
  const by = period ? ` by ${formatDate(period.deadline)}` : '';
  const lines = link
    ? lead.actions.map((a) => `- ${a.ref} ${a.title.split('\n')[0]}`)
    : lead.actions.map((a) => `- ${a.ref} ${a.title.split('\n')[0]}\n  ${signInLink(a.id)}`);
  return [
    `Dear ${lead.name},`,
    '',
    round.escalate && period
      ? `The deadline for ${month} updates was ${formatDate(period.deadline)}, and your update is still needed for ${count}:`
      : `Please give your ${month} update for ${count}${by}:`,
    '',
    ...lines,
    ...(link && period
      ? [
          '',
          'You can give them all on one page, without signing in, at this link:',
          link,
          `It is personal to you, so please do not forward it. It works until ${formatDate(lastDayForUpdates(period))}.`,
        ]
      : []),
    ...(copied.length
      ? [
          '',
          `Copied to ${copied.join(' and ')}, who lead${copied.length === 1 ? 's' : ''} the delivery group.`,
        ]
      : []),
    '',
    'Thank you,',
    round.from,
  ].join('\n');
}

/** The email carrying a lead's new personal link, which replaces any sent before. */
export function newLinkLetter(args: {
  name: string;
  month: Month;
  period: { deadline: string; graceDays: number };
  actions: { ref: string; title: string; given: boolean }[];
  link: string;
  from: string;
}) {
  const month = formatMonth(args.month);
  const missing = args.actions.filter((a) => !a.given);
  const line = (a: { ref: string; title: string }) => `- ${a.ref} ${a.title.split('\n')[0]}`;
  return [
    `Dear ${args.name},`,
    '',
    `Here is a new personal link for your ${month} updates. Any link sent to you before for ${month} no longer works.`,
    '',
    ...(missing.length
      ? [
          `Your update is still needed by ${formatDate(args.period.deadline)} for ${missing.length === 1 ? 'this action' : `these ${missing.length} actions`}:`,
          ...missing.map(line),
        ]
      : [`All your ${month} updates are in. You can correct them at this link.`]),
    '',
    'You can give them all on one page, without signing in, at this link:',
    args.link,
    `It is personal to you, so please do not forward it. It works until ${formatDate(lastDayForUpdates(args.period))}.`,
    '',
    'Thank you,',
    args.from,
  ].join('\n');
}

/** A closed month's updates can no longer change, so nobody is reminded of them (409). */
export function closedMonthError(month: Month) {
  return new ConflictError(`${formatMonth(month)} is closed: reminders cannot be sent for it`);
}

type Address = { name: string; address: string };

/** A reminder worked out but not yet written: its text waits for the link, made only when it is. */
export interface PlannedReminder {
  personId: string;
  name: string;
  to: Address;
  cc: Address[];
  subject: string;
  kind: string;
  /** The email's text with this link (or none, for a lead reminded to sign in). */
  body: (link: string | null) => string;
}

/**
 * Works out one reminder per lead with updates still missing for the period (only `personId`'s,
 * when given), in the caller's transaction, writing nothing. A closed period is refused. A lead is
 * left out, and returned, when they have no address, or no account while no link can be given: a
 * reminder must never send someone to a page they cannot open.
 */
export async function planReminders(
  tx: Db,
  deps: ReminderDeps,
  round: ReminderRound & { personId?: string },
) {
  const today = deps.now();
  // Held until commit: a close of the month waits for these reminders, or they find it closed.
  const period = await periodsRepository(tx).find(round.planId, round.month, 'share');
  if (period?.state === 'closed') throw closedMonthError(round.month);
  const input = await loadSummaryInput(tx, round.planId, round.month, today);
  if (!input) return null;
  const byLead = new Map<string, LeadReminder>();
  for (const { action, given } of dueForUpdate(input)) {
    if (given) continue;
    for (const lead of action.leads) {
      if (round.personId && lead.id !== round.personId) continue;
      const entry = byLead.get(lead.id) ?? { personId: lead.id, name: lead.name, actions: [] };
      entry.actions.push(action);
      byLead.set(lead.id, entry);
    }
  }
  const groupLeads = await tx
    .select({ priorityId: priorities.id, personId: priorities.deliveryGroupLeadId })
    .from(priorities)
    .where(and(eq(priorities.planId, round.planId), isNotNull(priorities.deliveryGroupLeadId)));
  const reach = remindersRepository(tx);
  const address = await reach.addresses([...byLead.keys(), ...groupLeads.map((g) => g.personId!)]);
  const groupLeadOf = new Map(groupLeads.map((g) => [g.priorityId, g.personId!]));
  const takesUpdates = period?.state === 'open' && today <= updatesCloseAt(period);
  const withAccount = await reach.withActiveAccount([...byLead.keys()]);
  const reason = (lead: LeadReminder): Unreachable['reason'] | null =>
    !address.get(lead.personId)
      ? 'no-email'
      : takesUpdates || withAccount.has(lead.personId)
        ? null
        : 'no-link';

  const planned = [...byLead.values()]
    .filter((lead) => !reason(lead))
    .map((lead): PlannedReminder => {
      const cc = round.escalate
        ? [...new Set(lead.actions.map((a) => groupLeadOf.get(a.priorityId)))]
            .filter((id): id is string => Boolean(id) && id !== lead.personId)
            .flatMap((id) => address.get(id) ?? [])
        : [];
      return {
        personId: lead.personId,
        name: lead.name,
        to: address.get(lead.personId)!,
        cc,
        kind: round.escalate ? 'update-reminder-escalated' : 'update-reminder',
        subject: `ragboard: your ${formatMonth(round.month)} update is ${round.escalate ? 'overdue' : 'due'}`,
        body: (link) =>
          letter(
            lead,
            round,
            period ?? null,
            link,
            // Only a lead with an account is written to without a link (see `reason`).
            (id) => `${deps.mail.publicUrl}/my-actions/${id}/update`,
            cc.map((c) => c.name),
          ),
      };
    });
  const unreachable = [...byLead.values()].flatMap((l): Unreachable[] => {
    const why = reason(l);
    return why ? [{ personId: l.personId, name: l.name, actions: l.actions.length, reason: why }] : [];
  });
  return { period: period ?? null, takesUpdates, planned, unreachable };
}

/**
 * Writes the planned reminders to the outbox, in the caller's transaction: each with a new personal
 * link while the period takes updates.
 */
export async function writePlannedReminders(
  tx: Db,
  deps: ReminderDeps,
  round: ReminderRound,
  plan: NonNullable<Awaited<ReturnType<typeof planReminders>>>,
) {
  const today = deps.now();
  const { period, planned } = plan;
  const links =
    plan.takesUpdates && period
      ? await updateRequestsService(tx, deps.now).issueAll(
          tx,
          planned.map((lead) => ({
            planId: round.planId,
            period: round.month,
            personId: lead.personId,
            createdById: round.createdById,
          })),
          period,
        )
      : new Map<string, { id: string; token: string }>();
  const values = planned.map((lead): typeof outboxMessages.$inferInsert => {
    const link = links.get(lead.personId) ?? null;
    return {
      planId: round.planId,
      period: round.month,
      kind: lead.kind,
      personId: lead.personId,
      toName: lead.name,
      toAddress: lead.to.address,
      cc: lead.cc,
      subject: lead.subject,
      body: lead.body(link ? updateRequestUrl(deps.mail.publicUrl, link.token) : null),
      updateRequestId: link?.id ?? null,
      state: deps.mailerConfigured ? 'queued' : 'not_sent',
      nextAttemptAt: deps.mailerConfigured ? today : null,
      createdById: round.createdById,
      createdAt: today,
    };
  });
  return outboxRepository(tx).insert(values);
}

/** Plans and writes the period's reminders (see `planReminders`): what was written, and who was not. */
export async function writeReminders(tx: Db, deps: ReminderDeps, round: ReminderRound) {
  const plan = await planReminders(tx, deps, round);
  if (!plan) return null;
  const rows = await writePlannedReminders(tx, deps, round, plan);
  return { rows, unreachable: plan.unreachable };
}
