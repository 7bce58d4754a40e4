import { attachmentListSchema, attachmentSchema } from '@ragboard/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentChunks, attachments } from '../../db/schema';
import { addStatusUpdate, createActionWithLead } from '../../test/factories';
import { multipart } from '../../test/multipart';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';
import { fileNameFor } from './file-name';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const RLO = '\u202e';

describe('the name a file is kept and offered under', () => {
  it('keeps the sender’s base name with the extension of the type read from the content', () => {
    const png = 'image/png';
    expect(fileNameFor('evidence.html', png)).toBe('evidence.png');
    expect(fileNameFor('chart.svg', png)).toBe('chart.png');
    expect(fileNameFor(`invoice${RLO}gnp.exe`, png)).toBe('invoicegnp.png');
    expect(fileNameFor('a\u2066b\u2069c\u200e\u200f\u061c\u202a\u202b\u202c\u202d.png', png)).toBe('abc.png');
    expect(fileNameFor('C:\\Users\\me\\photo', png)).toBe('photo.png');
    expect(fileNameFor('.png', png)).toBe('file.png');
    expect(fileNameFor('shot.png. ', png)).toBe('shot.png');
    expect(fileNameFor('Minutes 14.03.2026', 'application/pdf')).toBe('Minutes 14.03.2026.pdf');
    expect(fileNameFor('REPORT.PDF', 'application/pdf')).toBe('REPORT.PDF');
    expect(fileNameFor('photo.jpeg', 'image/jpeg')).toBe('photo.jpeg');
    expect(fileNameFor('photo.png', 'image/jpeg')).toBe('photo.jpg');
    const long = fileNameFor(`${'x'.repeat(300)}.html`, png);
    expect([long.length, long.endsWith('x.png')]).toEqual([200, true]);
    for (const name of ['evidence.png', 'photo.jpeg', 'Minutes 14.03.2026.pdf', long])
      expect(
        fileNameFor(
          name,
          name.endsWith('jpeg') ? 'image/jpeg' : name.endsWith('pdf') ? 'application/pdf' : png,
        ),
      ).toBe(name);
  });

  describe('on upload and download', () => {
    let ctx: Awaited<ReturnType<typeof createTestApp>>;
    let lead: SignedIn;
    let actionId: string;
    let updateId: string;

    beforeAll(async () => {
      ctx = await createTestApp({ requestsPerMinute: false });
      const made = await createActionWithLead(ctx.database.db);
      actionId = made.action.id;
      updateId = (await addStatusUpdate(ctx.database.db, actionId)).id;
      lead = await signInAs(ctx.app, 'lead', { personId: made.leadPersonId });
    });
    afterAll(() => ctx.close());

    const upload = async (fileName: string) => {
      const body = multipart(fileName, PNG);
      const reply = await ctx.app.inject({
        method: 'POST',
        url: `/api/actions/${actionId}/updates/${updateId}/attachments`,
        payload: body.payload,
        headers: { ...lead.headers, 'content-type': body.contentType },
      });
      expect(reply.statusCode, reply.body).toBe(201);
      return attachmentSchema.parse(reply.json());
    };
    const disposition = async (attachmentId: string) =>
      (await ctx.app.inject({ url: `/api/attachments/${attachmentId}`, headers: lead.headers })).headers[
        'content-disposition'
      ];

    it('stores a PNG sent as a page, a drawing or a reversed name under a PNG’s name, and serves it so', async () => {
      const html = await upload('evidence.html');
      const svg = await upload('chart.svg');
      const reversed = await upload(`Ofsted “draft”${RLO}gnp.html`);
      expect([html.fileName, svg.fileName, reversed.fileName]).toEqual([
        'evidence.png',
        'chart.png',
        'Ofsted “draft”gnp.png',
      ]);
      expect(await disposition(html.id)).toBe('attachment; filename="evidence.png"');
      expect(await disposition(svg.id)).toBe('attachment; filename="chart.png"');
      expect(await disposition(reversed.id)).toBe(
        `attachment; filename="Ofsted ?draft?gnp.png"; filename*=UTF-8''Ofsted%20%E2%80%9Cdraft%E2%80%9Dgnp.png`,
      );
    });

    it('lists and serves a file kept under its sent name before, under the name it gets now', async () => {
      const [kept] = await ctx.database.db
        .insert(attachments)
        .values({
          statusUpdateId: updateId,
          fileName: `report${RLO}lmth.png`,
          mediaType: 'image/png',
          sizeBytes: PNG.length,
          uploadedById: lead.userId,
          completedAt: new Date(),
        })
        .returning();
      await ctx.database.db.insert(attachmentChunks).values({ attachmentId: kept!.id, seq: 0, data: PNG });
      const listed = attachmentListSchema.parse(
        (await ctx.app.inject({ url: `/api/actions/${actionId}/attachments`, headers: lead.headers })).json(),
      );
      expect(listed.attachments.find((a) => a.id === kept!.id)?.fileName).toBe('reportlmth.png');
      expect(await disposition(kept!.id)).toBe('attachment; filename="reportlmth.png"');
    });
  });
});
