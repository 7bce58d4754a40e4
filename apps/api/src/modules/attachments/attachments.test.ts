import { createHash } from 'node:crypto';
import {
  ATTACHMENT_MAX_BYTES,
  attachmentListSchema,
  attachmentRemovedSchema,
  attachmentSchema,
} from '@ragboard/shared';
import { Document, Packer, Paragraph } from 'docx';
import { count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionLeads,
  attachmentChunks,
  attachments,
  findingJudgements,
  findings,
  plans,
} from '../../db/schema';
import { addStatusUpdate, createActionWithLead, createPerson, openPeriod } from '../../test/factories';
import { multipart } from '../../test/multipart';
import { auditOf, refusedFields, requestsAs } from '../../test/requests';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

/** The smallest files of each kind, as their programs write them. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG_HEADER = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const png = (size: number) => Buffer.concat([PNG_HEADER, Buffer.alloc(size - PNG_HEADER.length, 7)]);

describe('evidence files', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let manager: SignedIn;
  let lead: SignedIn;
  let otherLead: SignedIn;
  let board: SignedIn;
  let actionId: string;
  let updateId: string;
  let planId: string;

  const upload = (who: SignedIn | null, fileName: string, data: Buffer, url?: string) => {
    const body = multipart(fileName, data);
    return ctx.app.inject({
      method: 'POST',
      url: url ?? `/api/actions/${actionId}/updates/${updateId}/attachments`,
      payload: body.payload,
      headers: { ...(who?.headers ?? {}), 'content-type': body.contentType },
    });
  };

  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
    const made = await createActionWithLead(ctx.database.db);
    actionId = made.action.id;
    planId = made.plan.id;
    updateId = (await addStatusUpdate(ctx.database.db, actionId)).id;
    manager = await signInAs(ctx.app, 'manager');
    lead = await signInAs(ctx.app, 'lead', { personId: made.leadPersonId });
    otherLead = await signInAs(ctx.app, 'lead', { personId: (await createPerson(ctx.database.db)).id });
    board = await signInAs(ctx.app, 'board');
  });
  afterAll(() => ctx.close());

  const REASON = 'Wrong file: it names a child';
  const remove = (who: SignedIn, attachmentId: string, payload: object = { reason: REASON }) =>
    requestsAs(ctx.app, who)('DELETE', `/api/attachments/${attachmentId}`, payload);
  const chunkCount = async (attachmentId: string) => {
    const [row] = await ctx.database.db
      .select({ n: count() })
      .from(attachmentChunks)
      .where(eq(attachmentChunks.attachmentId, attachmentId));
    return row!.n;
  };
  const removals = async (attachmentId: string) =>
    (await auditOf(ctx.app, manager, attachmentId)).filter((e) => e.operation === 'remove');
  const listedFor = async (who: SignedIn, forAction = actionId) =>
    attachmentListSchema.parse(
      (await ctx.app.inject({ url: `/api/actions/${forAction}/attachments`, headers: who.headers })).json(),
    );

  it('takes a file from the action’s lead, typed by its content, and serves it back whole as an attachment', async () => {
    const reply = await upload(lead, 'Training register.pdf', PDF);
    expect(reply.statusCode, reply.body).toBe(201);
    const attached = attachmentSchema.parse(reply.json());
    expect(attached).toMatchObject({
      statusUpdateId: updateId,
      findingJudgementId: null,
      fileName: 'Training register.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      uploadedBy: 'Test lead',
      uploadedById: lead.userId,
    });

    const listed = attachmentListSchema.parse(
      (await ctx.app.inject({ url: `/api/actions/${actionId}/attachments`, headers: board.headers })).json(),
    );
    expect(listed.attachments.map((a) => a.id)).toContain(attached.id);

    const file = await ctx.app.inject({ url: `/api/attachments/${attached.id}`, headers: board.headers });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(file.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': 'attachment; filename="Training register.pdf"',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    const [entry] = await auditOf(ctx.app, manager, attached.id);
    expect(entry).toMatchObject({ operation: 'attach', planId });
  });

  it('reads Word files from their content whatever they are called, and names them as Word files', async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Minutes')] }] }),
    );
    const reply = await upload(manager, '../../etc/minutes “final”.bin', docx);
    expect(reply.statusCode, reply.body).toBe(201);
    const attached = attachmentSchema.parse(reply.json());
    expect(attached.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(attached.fileName).toBe('minutes “final”.docx');
    const file = await ctx.app.inject({ url: `/api/attachments/${attached.id}`, headers: lead.headers });
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="minutes ?final?.docx"; filename*=UTF-8''minutes%20%E2%80%9Cfinal%E2%80%9D.docx`,
    );
  });

  it('stores a large file in chunks and serves every byte back in order', async () => {
    const data = png(600 * 1024);
    data.writeUInt32BE(0xdeadbeef, 300 * 1024);
    const attached = attachmentSchema.parse((await upload(lead, 'photo.png', data)).json());
    expect(attached).toMatchObject({ mediaType: 'image/png', sizeBytes: data.length });
    const [chunks] = await ctx.database.db
      .select({ n: count() })
      .from(attachmentChunks)
      .where(eq(attachmentChunks.attachmentId, attached.id));
    expect(chunks!.n).toBe(3);
    const [row] = await ctx.database.db.select().from(attachments).where(eq(attachments.id, attached.id));
    expect(row!.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    const file = await ctx.app.inject({ url: `/api/attachments/${attached.id}`, headers: board.headers });
    expect(file.rawPayload.equals(data)).toBe(true);
    expect(file.headers['content-length']).toBe(String(data.length));
  });

  it('refuses a file that is not a document or image, an empty one and one over the limit, keeping nothing', async () => {
    const before = await ctx.database.db.select({ n: count() }).from(attachments);
    const script = await upload(lead, 'report.pdf', Buffer.from('<script>alert(1)</script>'));
    expect(script.statusCode).toBe(400);
    expect(refusedFields(script.json())).toEqual(['body.file']);
    expect(script.json().error.message).toMatch(/PDF, Word, Excel or PowerPoint/);
    const exe = await upload(lead, 'minutes.docx', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4000)]));
    expect(exe.statusCode).toBe(400);
    expect((await upload(lead, 'empty.pdf', Buffer.alloc(0))).statusCode).toBe(400);
    const huge = await upload(lead, 'huge.png', png(ATTACHMENT_MAX_BYTES + 1));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
    expect(await ctx.database.db.select({ n: count() }).from(attachments)).toEqual(before);
    // The oversized file's first chunks were stored as they came, and went with it.
    const [orphans] = await ctx.database.db
      .select({ n: count() })
      .from(attachmentChunks)
      .leftJoin(attachments, eq(attachments.id, attachmentChunks.attachmentId))
      .where(isNull(attachments.completedAt));
    expect(orphans!.n).toBe(0);
  });

  it('is refused to another action’s lead, the board, the forum and the public, and to a mismatched update', async () => {
    expect((await upload(otherLead, 'x.pdf', PDF)).statusCode).toBe(403);
    expect((await upload(board, 'x.pdf', PDF)).statusCode).toBe(403);
    const forum = await signInAs(ctx.app, 'forum');
    expect((await upload(forum, 'x.pdf', PDF)).statusCode).toBe(403);
    expect((await upload(null, 'x.pdf', PDF)).statusCode).toBe(401);
    const elsewhere = (await createActionWithLead(ctx.database.db)).action.id;
    const mismatched = await upload(
      manager,
      'x.pdf',
      PDF,
      `/api/actions/${elsewhere}/updates/${updateId}/attachments`,
    );
    expect(mismatched.statusCode).toBe(404);

    const attached = attachmentSchema.parse((await upload(lead, 'x.pdf', PDF)).json());
    expect((await ctx.app.inject({ url: `/api/attachments/${attached.id}` })).statusCode).toBe(401);
    const unknown = await ctx.app.inject({
      url: '/api/attachments/00000000-0000-4000-8000-000000000000',
      headers: board.headers,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('takes evidence for a finding’s judgement from the manager only', async () => {
    const [finding] = await ctx.database.db
      .insert(findings)
      .values({ planId, ref: 'A1', position: 1, title: 'Waiting times for assessment' })
      .returning();
    const [judgement] = await ctx.database.db
      .insert(findingJudgements)
      .values({ findingId: finding!.id, month: '2026-05', judgement: 'improving' })
      .returning();
    const url = `/api/findings/${finding!.id}/judgements/${judgement!.id}/attachments`;
    expect((await upload(lead, 'x.pdf', PDF, url)).statusCode).toBe(403);
    const reply = await upload(manager, 'Revisit letter.pdf', PDF, url);
    expect(reply.statusCode, reply.body).toBe(201);
    expect(attachmentSchema.parse(reply.json())).toMatchObject({ findingJudgementId: judgement!.id });
  });

  it('signs a Blue off only with evidence attached, where the plan asks for it', async () => {
    const made = await createActionWithLead(ctx.database.db);
    const blueLead = await signInAs(ctx.app, 'lead', { personId: made.leadPersonId });
    await openPeriod(ctx.database.db, made.plan.id, '2026-11');
    const plan = await requestsAs(ctx.app, manager)('GET', `/api/plans/${made.plan.id}`);
    const set = await requestsAs(ctx.app, manager)(
      'PATCH',
      `/api/plans/${made.plan.id}`,
      { signOffNeedsEvidence: true },
      { 'if-match': `"${plan.json().version}"` },
    );
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().signOffNeedsEvidence).toBe(true);

    const blue = await requestsAs(ctx.app, blueLead)('POST', `/api/actions/${made.action.id}/updates`, {
      period: '2026-11',
      status: 'Blue',
      note: 'Training delivered to every school',
    });
    expect(blue.statusCode, blue.body).toBe(201);
    const signOff = () => requestsAs(ctx.app, manager)('POST', `/api/actions/${made.action.id}/sign-off`, {});
    const refused = await signOff();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/attach a file to the update before signing it off/);

    const body = multipart('Attendance register.pdf', PDF);
    const attached = await ctx.app.inject({
      method: 'POST',
      url: `/api/actions/${made.action.id}/updates/${blue.json().update.id}/attachments`,
      payload: body.payload,
      headers: { ...manager.headers, 'content-type': body.contentType },
    });
    expect(attached.statusCode).toBe(201);
    const signed = await signOff();
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().status).toBe('Blue');

    // Even the manager's own Blue waits for its evidence.
    const next = await createActionWithLead(ctx.database.db);
    await ctx.database.db.update(plans).set({ signOffNeedsEvidence: true }).where(eq(plans.id, next.plan.id));
    await openPeriod(ctx.database.db, next.plan.id, '2026-11');
    const own = await requestsAs(ctx.app, manager)('POST', `/api/actions/${next.action.id}/updates`, {
      period: '2026-11',
      status: 'Blue',
      note: 'Done',
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().action.status).not.toBe('Blue');
    expect(own.json().action.awaitingSignOff).toBe(true);
  });

  describe('removing a file attached by mistake', () => {
    it('lets whoever attached a file remove it, saying why: its bytes are erased, the record of it kept', async () => {
      const data = png(300 * 1024);
      const attached = attachmentSchema.parse((await upload(lead, 'Pupil list.png', data)).json());
      expect(await chunkCount(attached.id)).toBe(2);

      const reply = await remove(lead, attached.id, { reason: `  ${REASON}  ` });
      expect(reply.statusCode, reply.body).toBe(200);
      expect(attachmentRemovedSchema.parse(reply.json())).toEqual({
        removed: { id: attached.id, fileName: 'Pupil list.png' },
      });

      const listed = await listedFor(board);
      expect(listed.attachments.map((a) => a.id)).not.toContain(attached.id);
      expect(listed.removed).toContainEqual({
        id: attached.id,
        statusUpdateId: updateId,
        removedBy: 'Test lead',
        removedAt: expect.any(String),
        reason: REASON,
      });
      expect(JSON.stringify(listed.removed)).not.toContain('Pupil list');
      const download = await ctx.app.inject({
        url: `/api/attachments/${attached.id}`,
        headers: board.headers,
      });
      expect(download.statusCode).toBe(404);
      expect(download.json().error).toEqual({ code: 'not_found', message: 'File not found' });
      expect(await chunkCount(attached.id)).toBe(0);

      const [row] = await ctx.database.db.select().from(attachments).where(eq(attachments.id, attached.id));
      expect(row).toMatchObject({
        fileName: 'Pupil list.png',
        sizeBytes: data.length,
        removedById: lead.userId,
        removalReason: REASON,
      });
      expect(row!.removedAt).toBeInstanceOf(Date);
      const [entry, ...more] = await removals(attached.id);
      expect(more).toEqual([]);
      expect(entry).toMatchObject({
        planId,
        actor: { id: lead.userId },
        entityType: 'attachment',
        before: {
          fileName: 'Pupil list.png',
          sizeBytes: data.length,
          sha256: createHash('sha256').update(data).digest('hex'),
          publicApproved: false,
        },
        after: { reason: REASON },
      });
    });

    it('is refused to another action’s lead, the board, the forum, and a co-lead who did not attach the file', async () => {
      const attached = attachmentSchema.parse((await upload(lead, 'Minutes.pdf', PDF)).json());
      const coLeadPerson = await createPerson(ctx.database.db);
      await ctx.database.db.insert(actionLeads).values({ actionId, personId: coLeadPerson.id });
      const coLead = await signInAs(ctx.app, 'lead', { personId: coLeadPerson.id });
      const refusedToCoLead = await remove(coLead, attached.id);
      expect(refusedToCoLead.statusCode).toBe(403);
      expect(refusedToCoLead.json().error.message).toMatch(/Only the person who attached this file/);
      expect((await remove(otherLead, attached.id)).statusCode).toBe(403);
      expect((await remove(board, attached.id)).statusCode).toBe(403);
      expect((await remove(await signInAs(ctx.app, 'forum'), attached.id)).statusCode).toBe(403);
      expect(
        (await ctx.app.inject({ method: 'DELETE', url: `/api/attachments/${attached.id}`, payload: {} }))
          .statusCode,
      ).toBe(401);
      expect(await chunkCount(attached.id)).toBe(1);
      expect((await listedFor(board)).attachments.map((a) => a.id)).toContain(attached.id);
      expect(await removals(attached.id)).toEqual([]);

      // Who attached a file may remove it only while they may update the action.
      const own = attachmentSchema.parse((await upload(coLead, 'Notes.pdf', PDF)).json());
      await ctx.database.db.delete(actionLeads).where(eq(actionLeads.personId, coLeadPerson.id));
      expect((await remove(coLead, own.id)).statusCode).toBe(403);
    });

    it('lets the manager remove a file someone else attached', async () => {
      const attached = attachmentSchema.parse((await upload(lead, 'Register.pdf', PDF)).json());
      const reply = await remove(manager, attached.id, { reason: 'Holds personal data' });
      expect(reply.statusCode, reply.body).toBe(200);
      expect((await listedFor(lead)).removed).toContainEqual(
        expect.objectContaining({
          id: attached.id,
          removedBy: 'Test manager',
          reason: 'Holds personal data',
        }),
      );
      expect(await removals(attached.id)).toMatchObject([{ actor: { id: manager.userId } }]);
    });

    it('needs a reason of 1 to 500 characters', async () => {
      const attached = attachmentSchema.parse((await upload(lead, 'Draft.pdf', PDF)).json());
      for (const payload of [{}, { reason: '   ' }, { reason: 'x'.repeat(501) }]) {
        const refused = await remove(lead, attached.id, payload);
        expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
        expect(refusedFields(refused.json())).toEqual(['body.reason']);
      }
      expect(await chunkCount(attached.id)).toBe(1);
      expect((await remove(lead, attached.id, { reason: 'x'.repeat(500) })).statusCode).toBe(200);
    });

    it('answers 404 for an unknown file and for one already removed, and records one removal', async () => {
      const unknown = await remove(manager, '00000000-0000-4000-8000-000000000000');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.message).toBe('File not found');
      const attached = attachmentSchema.parse((await upload(lead, 'Twice.pdf', PDF)).json());
      expect((await remove(lead, attached.id)).statusCode).toBe(200);
      expect((await remove(lead, attached.id)).statusCode).toBe(404);
      expect((await remove(manager, attached.id)).statusCode).toBe(404);
      expect(await removals(attached.id)).toHaveLength(1);
    });

    it('of two removals at once, one removes the file and the other finds it gone', async () => {
      const attached = attachmentSchema.parse((await upload(lead, 'Both.pdf', PDF)).json());
      const replies = await Promise.all([remove(lead, attached.id), remove(manager, attached.id)]);
      expect(replies.map((r) => r.statusCode).sort()).toEqual([200, 404]);
      expect(await removals(attached.id)).toHaveLength(1);
      expect(await chunkCount(attached.id)).toBe(0);
    });

    it('lets the manager remove a judgement’s file, audited against its plan, and nobody else', async () => {
      const [finding] = await ctx.database.db
        .insert(findings)
        .values({ planId, ref: 'R1', position: 2, title: 'Annual reviews are late' })
        .returning();
      const [judgement] = await ctx.database.db
        .insert(findingJudgements)
        .values({ findingId: finding!.id, month: '2026-05', judgement: 'open' })
        .returning();
      const url = `/api/findings/${finding!.id}/judgements/${judgement!.id}/attachments`;
      const attached = attachmentSchema.parse((await upload(manager, 'Letter.pdf', PDF, url)).json());
      const refused = await remove(lead, attached.id);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toMatch(/Only the partnership manager/);
      expect((await remove(manager, attached.id)).statusCode).toBe(200);
      expect(await chunkCount(attached.id)).toBe(0);
      expect(await removals(attached.id)).toMatchObject([{ planId, after: { reason: REASON } }]);
    });

    it('counts a removed file as no evidence for a sign-off that needs it', async () => {
      const made = await createActionWithLead(ctx.database.db);
      const blueLead = await signInAs(ctx.app, 'lead', { personId: made.leadPersonId });
      await ctx.database.db
        .update(plans)
        .set({ signOffNeedsEvidence: true })
        .where(eq(plans.id, made.plan.id));
      await openPeriod(ctx.database.db, made.plan.id, '2026-11');
      const blue = await requestsAs(ctx.app, blueLead)('POST', `/api/actions/${made.action.id}/updates`, {
        period: '2026-11',
        status: 'Blue',
        note: 'Training delivered',
      });
      expect(blue.statusCode, blue.body).toBe(201);
      const url = `/api/actions/${made.action.id}/updates/${blue.json().update.id}/attachments`;
      const attached = attachmentSchema.parse(
        (await upload(blueLead, 'Wrong register.pdf', PDF, url)).json(),
      );
      expect((await remove(blueLead, attached.id)).statusCode).toBe(200);
      const signOff = await requestsAs(ctx.app, manager)(
        'POST',
        `/api/actions/${made.action.id}/sign-off`,
        {},
      );
      expect(signOff.statusCode).toBe(409);
      expect(signOff.json().error.message).toMatch(/attach a file to the update before signing it off/);
    });
  });
});
