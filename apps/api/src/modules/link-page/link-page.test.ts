import {
  attachmentSchema,
  challengeListSchema,
  challengeSchema,
  errorResponseSchema,
  leadFileListSchema,
  remindersReplySchema,
  UPDATE_REQUEST_HEADER,
} from '@ragboard/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { multipart } from '../../test/multipart';
import { auditOf, requestsAs } from '../../test/requests';
import { roundApp } from '../../test/round';
import { signInAs } from '../../test/sign-in';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

let done: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of done) await step();
  done = [];
});

/**
 * The round (Sally leads 1.1.1 and 1.1.2, Dave 1.1.3) with the manager's reminders sent: Sally's
 * link, Dave's, and a forum member to challenge their actions.
 */
async function linkedRound() {
  const r = await roundApp('2026-11-24T10:00:00Z');
  done.push(r.close);
  const sent = remindersReplySchema.parse((await r.as('POST', `${r.base}/periods/2026-11/reminders`)).json());
  const tokenFor = (email: string) =>
    /\/update\/([A-Za-z0-9_-]{43})/.exec(sent.messages.find((m) => m.toName === email)!.body)![1]!;
  const forum = requestsAs(r.app, await signInAs(r.app, 'forum'));
  const through =
    (token: string) =>
    (
      method: 'GET' | 'POST' | 'DELETE',
      url: string,
      payload?: object,
      headers: Record<string, string> = {},
    ) =>
      r.app.inject({ method, url, payload, headers: { [UPDATE_REQUEST_HEADER]: token, ...headers } });
  const sally = through(tokenFor('Sally Richardson'));
  const dave = through(tokenFor('Dave Carr'));
  const uploadAs = (token: string, actionId: string, data = PDF, name = 'Minutes.pdf') => {
    const body = multipart(name, data);
    return r.app.inject({
      method: 'POST',
      url: `/api/update-request/actions/${actionId}/attachments`,
      payload: body.payload,
      headers: { [UPDATE_REQUEST_HEADER]: token, 'content-type': body.contentType },
    });
  };
  const green = (actionId: string, version = 1) => ({
    actionId,
    version,
    period: '2026-11',
    status: 'Green',
    note: 'On track: the group met again',
  });
  return { ...r, forum, sally, dave, uploadAs, tokenFor, green };
}

describe('a lead’s evidence through their emailed link', () => {
  it('attaches a file to this month’s update of their own action, lists it, and removes it with a reason, audited as theirs', async () => {
    const r = await linkedRound();
    const [a1] = r.actions;
    // No update this month yet: nothing to attach the file to.
    const early = await r.uploadAs(r.tokenFor('Sally Richardson'), a1.id);
    expect(early.statusCode).toBe(409);
    expect(errorResponseSchema.parse(early.json()).error.message).toMatch(/Give this month’s update/);

    expect(
      (await r.sally('POST', '/api/update-request/updates', { updates: [r.green(a1.id)] })).statusCode,
    ).toBe(201);
    const reply = await r.uploadAs(r.tokenFor('Sally Richardson'), a1.id);
    expect(reply.statusCode).toBe(201);
    const file = attachmentSchema.parse(reply.json());
    expect(file).toMatchObject({
      fileName: 'Minutes.pdf',
      uploadedBy: 'Sally Richardson',
      uploadedById: null,
    });

    const listed = leadFileListSchema.parse((await r.sally('GET', '/api/update-request/files')).json());
    expect(listed.files.map((f) => [f.id, f.actionId])).toEqual([[file.id, a1.id]]);
    // The manager, signed in, sees it on the action with the lead's name.
    const onAction = (await r.as('GET', `/api/actions/${a1.id}/attachments`)).json();
    expect(onAction.attachments.map((f: { uploadedBy: string }) => f.uploadedBy)).toEqual([
      'Sally Richardson',
    ]);

    const noReason = await r.sally('DELETE', `/api/update-request/attachments/${file.id}`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].path).toBe('body.reason');
    const removed = await r.sally('DELETE', `/api/update-request/attachments/${file.id}`, {
      reason: 'Wrong minutes',
    });
    expect(removed.statusCode).toBe(200);
    expect(
      leadFileListSchema.parse((await r.sally('GET', '/api/update-request/files')).json()).files,
    ).toEqual([]);
    const removedList = (await r.as('GET', `/api/actions/${a1.id}/attachments`)).json().removed;
    expect(removedList).toMatchObject([{ removedBy: 'Sally Richardson', reason: 'Wrong minutes' }]);

    const audit = await auditOf(r.app, r.manager(), file.id);
    expect(audit.map((e) => e.operation).sort()).toEqual(['attach', 'remove']);
    expect(audit.every((e) => JSON.stringify(e).includes('update-request'))).toBe(true);
  });

  it('refuses evidence on another lead’s action and a file of the wrong type, in the error shape', async () => {
    const r = await linkedRound();
    const [a1, , a3] = r.actions;
    await r.dave('POST', '/api/update-request/updates', { updates: [r.green(a3.id)] });
    const other = await r.uploadAs(r.tokenFor('Sally Richardson'), a3.id);
    expect(other.statusCode).toBe(403);
    expect(errorResponseSchema.parse(other.json()).error).toMatchObject({
      code: 'forbidden',
      details: [{ path: 'params.actionId', message: 'Not on this link' }],
    });

    await r.sally('POST', '/api/update-request/updates', { updates: [r.green(a1.id)] });
    const script = await r.uploadAs(
      r.tokenFor('Sally Richardson'),
      a1.id,
      Buffer.from('#!/bin/sh\necho hi\n'),
      'x.pdf',
    );
    expect(script.statusCode).toBe(400);
    expect(errorResponseSchema.parse(script.json()).error.details).toMatchObject([{ path: 'body.file' }]);

    // Dave's file cannot be removed through Sally's link.
    const daves = attachmentSchema.parse((await r.uploadAs(r.tokenFor('Dave Carr'), a3.id)).json());
    const removal = await r.sally('DELETE', `/api/update-request/attachments/${daves.id}`, {
      reason: 'Mine now',
    });
    expect(removal.statusCode).toBe(403);
    expect((await r.sally('GET', '/api/update-request/files')).json()).toEqual({ files: [] });
  });

  it('needs a working link', async () => {
    const r = await linkedRound();
    const none = await r.app.inject({ method: 'GET', url: '/api/update-request/challenges' });
    expect(none.statusCode).toBe(401);
    expect(errorResponseSchema.parse(none.json()).error.details).toMatchObject({ reason: 'not-recognised' });
  });
});

describe('a lead answers a challenge through their emailed link', () => {
  it('lists the open challenges on their actions only, and answers one, audited as theirs, once', async () => {
    const r = await linkedRound();
    const [a1, , a3] = r.actions;
    const raise = async (actionId: string) =>
      challengeSchema.parse(
        (
          await r.forum('POST', `/api/actions/${actionId}/challenges`, {
            status: 'Grey',
            reason: 'Nothing has started',
          })
        ).json(),
      );
    const onSallys = await raise(a1.id);
    const onDaves = await raise(a3.id);

    const open = challengeListSchema.parse((await r.sally('GET', '/api/update-request/challenges')).json());
    expect(open.challenges.map((c) => c.id)).toEqual([onSallys.id]);

    const empty = await r.sally('POST', `/api/update-request/challenges/${onSallys.id}/answer`, {
      answer: '  ',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].path).toBe('body.answer');

    const refused = await r.sally('POST', `/api/update-request/challenges/${onDaves.id}/answer`, {
      answer: 'Not mine',
    });
    expect(refused.statusCode).toBe(403);
    expect(errorResponseSchema.parse(refused.json()).error.code).toBe('forbidden');

    const answered = await r.sally(
      'POST',
      `/api/update-request/challenges/${onSallys.id}/answer`,
      { answer: 'The group met on 20 November' },
      { 'if-match': `"${onSallys.version}"` },
    );
    expect(answered.statusCode).toBe(200);
    expect(answered.headers.etag).toBe(`"${onSallys.version + 1}"`);
    expect(challengeSchema.parse(answered.json())).toMatchObject({
      state: 'answered',
      answer: { text: 'The group met on 20 November', by: 'Sally Richardson' },
    });
    const again = await r.sally('POST', `/api/update-request/challenges/${onSallys.id}/answer`, {
      answer: 'Twice',
    });
    expect(again.statusCode).toBe(409);
    expect((await r.sally('GET', '/api/update-request/challenges')).json()).toEqual({ challenges: [] });

    const audit = await auditOf(r.app, r.manager(), onSallys.id);
    expect(audit.map((e) => e.operation)).toContain('answer');
    expect(JSON.stringify(audit.find((e) => e.operation === 'answer'))).toContain('update-request');
  });
});
