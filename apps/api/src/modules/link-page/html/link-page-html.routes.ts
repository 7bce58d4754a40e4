import {
  answerChallengeBodySchema,
  attachmentParamsSchema,
  type Contact,
  challengeParamsSchema,
  checkStatusUpdate,
  formatMonth,
  type IsoDate,
  idSchema,
  removeAttachmentBodySchema,
  STATUSES,
  type Status,
  type StatusUpdateEntry,
  UPDATE_REQUEST_REFUSAL_WORDS,
  type UpdateRequestRefusalDetails,
  type UpdateSheetItem,
  updateRequestRefusalSchema,
} from '@ragboard/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Html, html } from '../../../html/html';
import { readWebShell } from '../../../html/web-shell';
import { AppError } from '../../../plugins/errors';
import { uploadedFile } from '../../attachments';
import {
  type ResolvedUpdateRequest,
  type UpdateRequestLimits,
  updateRequestLimiter,
  updateRequestsService,
} from '../../update-requests';
import { linkPageService } from '../link-page.service';
import {
  DONE_WORDS,
  type Done,
  type FormState,
  field,
  linkMonthMain,
  linkPage,
  mayRepeat,
  NO_FORM,
} from './link-page-html';

const tokenParams = z.object({ token: z.string().max(100) });
const doneQuery = z.object({ done: z.string().max(20).optional() });

function contactLine(contact: Contact | null): Html {
  if (!contact) return html`Contact your partnership manager for help.`;
  const email = contact.email
    ? html` at <a class="govuk-link" href="mailto:${contact.email}">${contact.email}</a>`
    : null;
  return html`If you need to give an update, contact ${contact.name}${email}.`;
}

/** A refused link's page: why, and who to ask (decision 037), never a form. */
function refusedMain(refusal: UpdateRequestRefusalDetails): Html {
  const words = UPDATE_REQUEST_REFUSAL_WORDS[refusal.reason];
  const about =
    refusal.planTitle && refusal.period
      ? html`<p class="govuk-body">It was for your ${formatMonth(refusal.period)} update to ${refusal.planTitle}.</p>`
      : null;
  return html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h1 class="govuk-heading-l">${words.title}</h1>${about}<p class="govuk-body">${words.body}</p><p class="govuk-body">${contactLine(refusal.contact)}</p></div></div>`;
}

/** The form's fields as sent (application/x-www-form-urlencoded): the last of a repeated name. */
const formFields = (body: unknown): Record<string, string> =>
  body && typeof body === 'object'
    ? Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};

/** A date typed as day, month and year: an ISO date, nothing typed, or what is wrong with it. */
function readDate(
  values: Record<string, string>,
  actionId: string,
): { value: IsoDate | null; error?: string } {
  const [day, month, year] = (['day', 'month', 'year'] as const).map((p) =>
    (values[field.revisedDue(actionId, p)] ?? '').trim(),
  );
  if (!day && !month && !year) return { value: null };
  if (!day || !month || !year)
    return { value: null, error: 'The new completion date must include a day, month and year' };
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!/^\d{4}$/.test(year) || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1)
    return { value: null, error: 'The new completion date must be a real date' };
  return { value: date.toISOString().slice(0, 10) as IsoDate };
}

/** The batch write's refusal, field by field where it names the entries' fields (`body.updates.N.note`). */
function refusedFields(
  error: AppError,
  entries: StatusUpdateEntry[],
  items: { action: { id: string; ref: string } }[],
): FormState['errors'] {
  const first = field.status(entries[0]!.actionId);
  if (error.statusCode === 409)
    return [
      {
        field: first,
        message: 'Someone else changed one of these actions while you were writing: check it and save again',
      },
    ];
  const details = Array.isArray(error.details)
    ? (error.details as { path?: string; message?: string }[])
    : [];
  const named = details.flatMap((d) => {
    const found = /^body\.updates\.(\d+)\.(\w+)$/.exec(d.path ?? '');
    const entry = found ? entries[Number(found[1])] : undefined;
    if (!found || !entry || !d.message) return [];
    const ref = items.find((i) => i.action.id === entry.actionId)?.action.ref ?? '';
    const id = entry.actionId;
    const name =
      found[2] === 'note'
        ? field.note(id)
        : found[2] === 'revisedDue'
          ? field.revisedDue(id, 'day')
          : found[2] === 'noChange'
            ? field.noChange(id)
            : field.status(id);
    return [{ field: name, message: `${ref}: ${d.message}` }];
  });
  return named.length > 0 ? named : [{ field: first, message: error.message }];
}

/**
 * A form post from another site is refused (decision 051): the link in the address is the only
 * credential and no cookie is sent, so this is a second guard, read from what the browser says
 * of where the form was (`Sec-Fetch-Site`, or `Origin` where it names one).
 */
function fromThisSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  return origin === undefined || origin === 'null' || origin === `${request.protocol}://${request.host}`;
}

/**
 * The page an emailed link opens, `/update/<token>`, written by the server (decisions 037, 051):
 * the lead's whole month as GOV.UK forms that post, redirect and get without JavaScript, or, for
 * a refused link, why. The web app's scripts stay in the page: when they run, its link page takes
 * over the same address.
 */
/** The form sends back this month's update as it was given: nothing to record. */
function isAsGiven(item: UpdateSheetItem, status: string, note: string, revisedDue: string | null): boolean {
  const { given } = item;
  return (
    given !== null &&
    given.status === status &&
    (given.note ?? '') === note &&
    (given.status === 'Red' ? given.revisedDue : null) === revisedDue
  );
}

export const linkPageHtmlRoutes: FastifyPluginAsyncZod<{
  webDistDir: string;
  limits: UpdateRequestLimits;
}> = async (app, opts) => {
  const shell = readWebShell(opts.webDistDir);
  const limit = updateRequestLimiter(app, opts.limits);
  const links = updateRequestsService(app.database.db, app.now);
  const service = linkPageService(app.database.db, app.now);

  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  /** The working link behind the address, or the page that says why not, already sent. */
  async function linkOf(request: FastifyRequest, reply: FastifyReply, token: string) {
    await limit(request, reply, token);
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    try {
      return await links.resolve(token);
    } catch (error) {
      const refusal = error instanceof AppError ? updateRequestRefusalSchema.safeParse(error.details) : null;
      if (!refusal?.success) throw error;
      const words = UPDATE_REQUEST_REFUSAL_WORDS[refusal.data.reason];
      // 200, as the web app's page always was: the API's 401 is what says it to a program.
      await reply.send(linkPage(shell, words.title, refusedMain(refusal.data)));
      return null;
    }
  }

  async function monthPage(link: ResolvedUpdateRequest, token: string, state: FormState, done: Done | null) {
    const month = await service.month(link);
    const period = formatMonth(link.period);
    const title = `${state.errors.length > 0 ? 'Error: ' : ''}Your ${period} update`;
    return linkPage(shell, title, linkMonthMain(token, month, state, done));
  }

  /** A post's checks, then its work; an error the lead can mend is the page again with it, their input kept. */
  async function post(
    request: FastifyRequest,
    token: string,
    reply: FastifyReply,
    work: (link: ResolvedUpdateRequest) => Promise<{ done: Done } | FormState>,
  ) {
    if (!fromThisSite(request))
      throw new AppError(403, 'forbidden', 'Forms on this page are sent from this site only');
    const link = await linkOf(request, reply, token);
    if (!link) return reply;
    const outcome = await work(link);
    if ('done' in outcome) return reply.redirect(`/update/${token}?done=${outcome.done}`, 303);
    return reply.send(await monthPage(link, token, outcome, null));
  }

  app.get(
    '/update/:token',
    { schema: { hide: true, params: tokenParams, querystring: doneQuery } },
    async (request, reply) => {
      const link = await linkOf(request, reply, request.params.token);
      if (!link) return reply;
      const done =
        request.query.done && request.query.done in DONE_WORDS ? (request.query.done as Done) : null;
      await links.opened(link);
      return reply.send(await monthPage(link, request.params.token, NO_FORM, done));
    },
  );

  app.post('/update/:token', { schema: { hide: true, params: tokenParams } }, (request, reply) =>
    post(request, request.params.token, reply, async (link) => {
      const values = formFields(request.body);
      const items = (await links.sheet(link)).sections.flatMap((s) => s.items);
      const errors: FormState['errors'] = [];
      const entries: StatusUpdateEntry[] = [];
      for (const item of items) {
        const id = item.action.id;
        const ref = item.action.ref;
        const status = values[field.status(id)] ?? '';
        const note = (values[field.note(id)] ?? '').trim();
        if (values[field.noChange(id)] === 'yes' && mayRepeat(item, link.period)) {
          if (status)
            errors.push({
              field: field.noChange(id),
              message: `${ref}: choose a status or “No change since last month”, not both`,
            });
          else
            entries.push({
              actionId: id,
              version: Number(values[field.version(id)] ?? item.action.version),
              period: link.period,
              status: item.action.status,
              noChange: true,
            });
          continue;
        }
        if (!status) continue;
        if (!(STATUSES as readonly string[]).includes(status)) {
          errors.push({ field: field.status(id), message: `${ref}: select a status` });
          continue;
        }
        const date = readDate(values, id);
        const red = status === 'Red';
        // The month's update as given is shown ticked: sent back unchanged, it is not given again.
        if (isAsGiven(item, status, note, red ? (date.value ?? null) : null)) continue;
        if (red && date.error)
          errors.push({ field: field.revisedDue(id, 'day'), message: `${ref}: ${date.error}` });
        const violations = checkStatusUpdate(
          { status: status as Status, note, revisedDue: red ? date.value : null },
          item.action,
          app.now(),
        );
        for (const v of violations) {
          if (v.field === 'revisedDue' && date.error) continue;
          const name = v.field === 'note' ? field.note(id) : field.revisedDue(id, 'day');
          errors.push({ field: name, message: `${ref}: ${v.message}` });
        }
        entries.push({
          actionId: id,
          version: Number(values[field.version(id)] ?? item.action.version),
          period: link.period,
          status: status as Status,
          note: note || null,
          revisedDue: red ? date.value : null,
        });
      }
      if (entries.length === 0 && errors.length === 0 && items[0])
        errors.push({
          field: field.status(items[0].action.id),
          message: items.some((i) => i.given)
            ? 'Select a status for at least one action, or change an update you have given'
            : 'Select a status for at least one action',
        });
      if (errors.length > 0) return { values, errors };
      try {
        await links.record(link, entries);
      } catch (error) {
        if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
        return { values, errors: refusedFields(error, entries, items) };
      }
      return { done: 'updates' };
    }),
  );

  app.post(
    '/update/:token/actions/:actionId/files',
    { schema: { hide: true, params: tokenParams.extend({ actionId: idSchema }) } },
    (request, reply) =>
      post(request, request.params.token, reply, async (link) => {
        const { actionId } = request.params;
        const name = field.file(actionId);
        try {
          const file = await uploadedFile(request);
          if (!file.fileName)
            return { values: {}, errors: [{ field: name, message: 'Select a file to attach' }] };
          await service.attach(link, actionId, file);
        } catch (error) {
          if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
          return { values: {}, errors: [{ field: name, message: error.message }] };
        }
        return { done: 'file' };
      }),
  );

  app.post(
    '/update/:token/files/:attachmentId/remove',
    { schema: { hide: true, params: tokenParams.merge(attachmentParamsSchema) } },
    (request, reply) =>
      post(request, request.params.token, reply, async (link) => {
        const { attachmentId } = request.params;
        const values = formFields(request.body);
        const name = field.reason(attachmentId);
        const kept = { [name]: values.reason ?? '' };
        const body = removeAttachmentBodySchema.safeParse(values);
        if (!body.success)
          return { values: kept, errors: [{ field: name, message: body.error.issues[0]!.message }] };
        try {
          await service.removeFile(link, attachmentId, body.data.reason);
        } catch (error) {
          if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
          return { values: kept, errors: [{ field: name, message: error.message }] };
        }
        return { done: 'removed' };
      }),
  );

  app.post(
    '/update/:token/challenges/:challengeId/answer',
    { schema: { hide: true, params: tokenParams.merge(challengeParamsSchema) } },
    (request, reply) =>
      post(request, request.params.token, reply, async (link) => {
        const { challengeId } = request.params;
        const values = formFields(request.body);
        const name = field.answer(challengeId);
        const kept = { [name]: values.answer ?? '' };
        const body = answerChallengeBodySchema.safeParse(values);
        if (!body.success)
          return { values: kept, errors: [{ field: name, message: body.error.issues[0]!.message }] };
        const version = Number(values.version);
        try {
          await service.answer(link, challengeId, body.data, Number.isInteger(version) ? version : null);
        } catch (error) {
          if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
          const message =
            error.statusCode === 409
              ? 'This challenge was answered or changed meanwhile: reload the page'
              : error.message;
          return { values: kept, errors: [{ field: name, message }] };
        }
        return { done: 'answer' };
      }),
  );
};
