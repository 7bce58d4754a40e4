import type { Kpi, SessionUser } from '@ragboard/shared';

/** The manager, or a lead who is the KPI's owner, records its values (ADR 009); nobody else is offered it. */
export function canRecordValues(user: SessionUser | undefined, kpi: Pick<Kpi, 'owner'>): boolean {
  if (!user) return false;
  if (user.role === 'manager') return true;
  return user.role === 'lead' && user.personId !== null && user.personId === kpi.owner?.id;
}
