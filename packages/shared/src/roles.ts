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

/** What an account may do to an action's monthly status. */
export interface ActionRights {
  /** May record a status update. */
  update: boolean;
  /** May sign a Blue off (and so records Blue as signed off at once). */
  signOff: boolean;
}

/**
 * The manager may do everything. A lead updates the actions they lead; the lead of a priority's
 * delivery group also updates and signs off every action of that priority. Other roles read. The
 * API enforces it and the web app shows what it allows, from this one rule.
 */
export function accountRights(
  user: { role: Role; personId: string | null },
  facts: { groupLeadId: string | null; leadsAction: boolean },
): ActionRights {
  if (user.role === 'manager') return { update: true, signOff: true };
  if (user.role !== 'lead' || !user.personId) return { update: false, signOff: false };
  const groupLead = facts.groupLeadId === user.personId;
  return { update: groupLead || facts.leadsAction, signOff: groupLead };
}

export const MIN_PASSWORD_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Passwords must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, 'Passwords must be at most 200 characters');
