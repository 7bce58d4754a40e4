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

export const MIN_PASSWORD_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Passwords must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, 'Passwords must be at most 200 characters');
