import { z } from 'zod';

/**
 * manager: the partnership manager, who may do everything. lead: updates the actions they lead
 * (and, as a delivery-group lead, every action of that priority). board: reads only. forum: the
 * parent carer forum and young people's representatives: reads like the board, and may comment on
 * an action and challenge its status.
 */
export const ROLES = ['manager', 'lead', 'board', 'forum'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_NAMES: Record<Role, string> = {
  manager: 'Partnership manager',
  lead: 'Action lead',
  board: 'Board member',
  forum: 'Parent carer forum / young people’s representative',
};

/**
 * Who may call a route: anyone, any signed-in account, the roles listed, or the holder of an
 * emailed update request's link (`update-request`), whom no session stands in for.
 */
export type Access = 'public' | 'signed-in' | 'update-request' | readonly Role[];

export function mayAccess(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (role === null || access === 'update-request') return false;
  return access === 'signed-in' || access.includes(role);
}

/** Who holds the rights: a session's user, or an account as the manager sees it. */
export interface RightsHolder {
  role: Role;
  personId: string | null;
}

/** What an account may do, whatever it is looking at (decision 048). */
export interface AccountRights {
  /**
   * Runs the partnership: edits plans and everything in them, runs the monthly round, keeps people,
   * organisations, accounts, board reports and the public page, and approves what goes on it.
   * Every route for `['manager']` only. It is also the account that must use two-step verification.
   */
  manage: boolean;
  /**
   * Speaks for a person in the plan as an action lead: updates the actions they lead, records the
   * values of the KPIs they own and writes those items' public summaries.
   */
  lead: boolean;
  /** Reads the board's packs (the board and the forum): their dashboard opens on the month the packs are drafted from. */
  readPacks: boolean;
}

/** What an account may do to an action's monthly status. */
export interface ActionRights {
  /** May record a status update. */
  update: boolean;
  /** May sign a Blue off (and so records Blue as signed off at once). */
  signOff: boolean;
}

/** What an action's rights turn on: who leads its priority's delivery group, and whether the account leads it. */
export interface ActionFacts {
  groupLeadId: string | null;
  leadsAction: boolean;
}

/**
 * The one rule of who may do what: the API enforces it and the web app shows what it allows.
 * Without facts, what the account may do anywhere (nothing, for no account); with an action's
 * facts, what it may do to that action's monthly status. The manager may do everything. A lead
 * updates the actions they lead; the lead of a priority's delivery group also updates and signs
 * off every action of that priority. Other roles read; the forum also comments and challenges
 * (the API answers each action's `mayComment` and `mayChallenge`).
 */
export function accountRights(user: RightsHolder | null | undefined): AccountRights;
export function accountRights(user: RightsHolder, facts: ActionFacts): ActionRights;
export function accountRights(
  user: RightsHolder | null | undefined,
  facts?: ActionFacts,
): AccountRights | ActionRights {
  const rights: AccountRights = {
    manage: user?.role === 'manager',
    lead: user?.role === 'lead' && Boolean(user.personId),
    readPacks: user?.role === 'board' || user?.role === 'forum',
  };
  if (!facts || !user) return rights;
  if (rights.manage) return { update: true, signOff: true };
  if (!rights.lead) return { update: false, signOff: false };
  const groupLead = facts.groupLeadId === user.personId;
  return { update: groupLead || facts.leadsAction, signOff: groupLead };
}

export const MIN_PASSWORD_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Passwords must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, 'Passwords must be at most 200 characters');
