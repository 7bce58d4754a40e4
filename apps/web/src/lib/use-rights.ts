import {
  type AccountRights,
  type Action,
  type ActionRights,
  type Attachment,
  accountRights,
  type Kpi,
  type SessionUser,
} from '@ragboard/shared';
import { useSession } from './queries/get-session';

/**
 * What the signed-in account may do: packages/shared's `accountRights`, the rule the API enforces,
 * so a page offers exactly what the API would allow (decision 048).
 */
export interface Rights extends AccountRights {
  /** What it may do to this action's monthly status: the manager, the action's leads, its delivery group's lead. */
  action(action: Pick<Action, 'leads' | 'priority'>): ActionRights;
  /** Records this KPI's values: the manager, or a lead who owns it (decision 009). */
  recordValues(kpi: Pick<Kpi, 'owner'>): boolean;
  /** Removes this file from an update: the manager, any; whoever attached it, while they may still update the action. */
  removeFile(file: Pick<Attachment, 'uploadedById'>, mayUpdate: boolean): boolean;
}

/** The rights of `user`; none while nobody is signed in. */
export function rightsOf(user: SessionUser | null | undefined): Rights {
  const rights = accountRights(user);
  return {
    ...rights,
    action: (action) =>
      user
        ? accountRights(user, {
            groupLeadId: action.priority.deliveryGroupLeadId,
            leadsAction: action.leads.some((lead) => lead.id === user.personId),
          })
        : { update: false, signOff: false },
    recordValues: (kpi) => rights.manage || (rights.lead && kpi.owner?.id === user?.personId),
    removeFile: (file, mayUpdate) => rights.manage || (mayUpdate && file.uploadedById === user?.id),
  };
}

/** The signed-in account's rights, from its session. */
export function useRights(): Rights {
  return rightsOf(useSession().data?.user);
}
