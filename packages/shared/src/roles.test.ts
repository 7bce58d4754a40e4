import { describe, expect, it } from 'vitest';
import { accountRights } from './roles';

describe('what an account may do to an action’s monthly status', () => {
  const facts = (groupLeadId: string | null, leadsAction: boolean) => ({ groupLeadId, leadsAction });

  it('lets the manager update and sign off every action', () => {
    expect(accountRights({ role: 'manager', personId: null }, facts(null, false))).toEqual({
      update: true,
      signOff: true,
    });
  });

  it('lets a lead update the actions they lead, and sign off only as their priority’s delivery-group lead', () => {
    const lead = { role: 'lead', personId: 'p1' } as const;
    expect(accountRights(lead, facts('p2', true))).toEqual({ update: true, signOff: false });
    expect(accountRights(lead, facts('p1', false))).toEqual({ update: true, signOff: true });
    expect(accountRights(lead, facts('p2', false))).toEqual({ update: false, signOff: false });
    expect(accountRights({ role: 'lead', personId: null }, facts(null, true))).toEqual({
      update: false,
      signOff: false,
    });
  });

  it('lets the board and the forum read only, whoever they are', () => {
    for (const role of ['board', 'forum'] as const) {
      expect(accountRights({ role, personId: 'p1' }, facts('p1', true))).toEqual({
        update: false,
        signOff: false,
      });
    }
  });
});

describe('what an account may do anywhere', () => {
  it('lets the manager manage, a lead linked to a person lead, and the board and forum read the packs', () => {
    expect(accountRights({ role: 'manager', personId: null })).toEqual({
      manage: true,
      lead: false,
      readPacks: false,
    });
    expect(accountRights({ role: 'lead', personId: 'p1' })).toEqual({
      manage: false,
      lead: true,
      readPacks: false,
    });
    for (const role of ['board', 'forum'] as const) {
      expect(accountRights({ role, personId: 'p1' })).toEqual({
        manage: false,
        lead: false,
        readPacks: true,
      });
    }
  });

  it('gives a lead with no person, and nobody signed in, nothing', () => {
    const none = { manage: false, lead: false, readPacks: false };
    expect(accountRights({ role: 'lead', personId: null })).toEqual(none);
    expect(accountRights(null)).toEqual(none);
    expect(accountRights(undefined)).toEqual(none);
  });
});
