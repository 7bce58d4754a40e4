import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { action, attachment, nextId, sessionReply } from '../test/factories';
import { kpi } from '../test/kpi-factories';
import { authKeys } from './queries/auth-keys';
import { useRights } from './use-rights';

const PERSON = nextId();
const OTHER = nextId();

/** useRights as it runs with `session` signed in (null: nobody). */
function rightsWith(session: ReturnType<typeof sessionReply> | null) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(authKeys.session(), session);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => useRights(), { wrapper }).result.current;
}

describe('useRights', () => {
  it('gives the manager every right the shared accountRights gives', () => {
    const rights = rightsWith(sessionReply({ role: 'manager' }));
    expect([rights.manage, rights.lead, rights.readPacks]).toEqual([true, false, false]);
    expect(rights.action(action())).toEqual({ update: true, signOff: true });
    expect(rights.recordValues(kpi({ owner: null }))).toBe(true);
    expect(rights.removeFile(attachment({ statusUpdateId: OTHER }), false)).toBe(true);
  });

  it('lets a lead update what they lead, sign off as delivery-group lead, and record their own KPI', () => {
    const session = sessionReply({ role: 'lead', personId: PERSON });
    const rights = rightsWith(session);
    expect([rights.manage, rights.lead, rights.readPacks]).toEqual([false, true, false]);
    const theirs = action({ leads: [{ id: PERSON, name: 'Sally Lead', organisation: null }] });
    expect(rights.action(theirs)).toEqual({ update: true, signOff: false });
    const asGroupLead = action({ priority: { id: OTHER, ref: '1', deliveryGroupLeadId: PERSON } });
    expect(rights.action(asGroupLead)).toEqual({ update: true, signOff: true });
    expect(rights.action(action())).toEqual({ update: false, signOff: false });
    const owner = { id: PERSON, name: 'Sally Lead', organisation: null };
    expect(rights.recordValues(kpi({ owner }))).toBe(true);
    expect(rights.recordValues(kpi({ owner: { ...owner, id: OTHER } }))).toBe(false);
    const own = attachment({ statusUpdateId: OTHER, uploadedById: session.user.id });
    expect(rights.removeFile(own, true)).toBe(true);
    expect(rights.removeFile(own, false)).toBe(false);
    expect(rights.removeFile(attachment({ statusUpdateId: OTHER }), true)).toBe(false);
  });

  it('lets the board read the packs and do nothing else, and nobody signed in do nothing', () => {
    for (const session of [sessionReply({ role: 'board', personId: PERSON }), null]) {
      const rights = rightsWith(session);
      expect([rights.manage, rights.lead, rights.readPacks]).toEqual([false, false, session !== null]);
      expect(rights.action(action())).toEqual({ update: false, signOff: false });
      expect(rights.recordValues(kpi({ owner: { id: PERSON, name: 'B', organisation: null } }))).toBe(false);
    }
  });
});
