import { errorResponseSchema } from '@ragboard/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '../../db/schema';
import { addStatusUpdate, createActionWithLead } from '../../test/factories';
import { type SignedIn, signInAs } from '../../test/sign-in';
import { createTestApp } from '../../test/test-app';

const BOUNDARY = 'ragboard-malformed';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

const file = (name = 'chart.png', data = PNG) =>
  Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    data,
    Buffer.from('\r\n'),
  ]);
const field = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\nEvidence\r\n`);
const end = Buffer.from(`--${BOUNDARY}--\r\n`);

/** Bodies any lead could send, each malformed in its own way. */
const MALFORMED: Record<string, Buffer> = {
  'a field before the file': Buffer.concat([field, file(), end]),
  'a field after the file': Buffer.concat([file(), field, end]),
  'a field and no file': Buffer.concat([field, end]),
  'no part at all': end,
  'two files': Buffer.concat([file('one.png'), file('two.png'), end]),
  'a body cut short in the file': file().subarray(0, 140),
  'a body cut short in the part’s headers': file().subarray(0, 40),
  'a body with no closing boundary': file(),
  'no multipart at all': Buffer.from('just text'),
};

describe('a malformed upload', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  let lead: SignedIn;
  let url: string;
  let updateId: string;

  beforeAll(async () => {
    ctx = await createTestApp({ requestsPerMinute: false });
    const made = await createActionWithLead(ctx.database.db);
    updateId = (await addStatusUpdate(ctx.database.db, made.action.id)).id;
    lead = await signInAs(ctx.app, 'lead', { personId: made.leadPersonId });
    url = `/api/actions/${made.action.id}/updates/${updateId}/attachments`;
  });
  afterAll(() => ctx.close());

  const send = (payload: Buffer) =>
    ctx.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { ...lead.headers, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    });

  for (const [what, payload] of Object.entries(MALFORMED)) {
    it(`is refused with 400 in the error shape, keeping nothing: ${what}`, async () => {
      const reply = await send(payload);
      expect(reply.statusCode, reply.body).toBe(400);
      expect(errorResponseSchema.parse(reply.json()).error.code).toMatch(/^(bad_request|validation_failed)$/);
      const kept = await ctx.database.db
        .select()
        .from(attachments)
        .where(eq(attachments.statusUpdateId, updateId));
      expect(kept).toEqual([]);
    });
  }

  it('still takes the same file sent on its own', async () => {
    const reply = await send(Buffer.concat([file(), end]));
    expect(reply.statusCode, reply.body).toBe(201);
  });
});
