import {
  type Contact,
  formatMonth,
  UPDATE_REQUEST_REFUSAL_WORDS,
  type UpdateRequestRefusalDetails,
  updateRequestRefusalSchema,
} from '@ragboard/shared';
import type { FastifyPluginAsync } from 'fastify';
import { escapeHtml } from '../../html/html';
import { fillShell, readWebShell } from '../../html/web-shell';
import { AppError } from '../../plugins/errors';
import { type UpdateRequestLimits, updateRequestLimiter } from './update-request-access';
import { updateRequestsService } from './update-requests.service';

function contactLine(contact: Contact | null): string {
  if (!contact) return 'Contact your partnership manager for help.';
  const email = contact.email
    ? ` at <a class="govuk-link" href="mailto:${escapeHtml(contact.email)}">${escapeHtml(contact.email)}</a>`
    : '';
  return `If you need to give an update, contact ${escapeHtml(contact.name)}${email}.`;
}

/** The refused link's page, as the web app's UpdateRequestPage words it. */
function refusedPage(shell: string, refusal: UpdateRequestRefusalDetails): string {
  const words = UPDATE_REQUEST_REFUSAL_WORDS[refusal.reason];
  const about =
    refusal.planTitle && refusal.period
      ? `<p class="govuk-body">It was for your ${formatMonth(refusal.period)} update to ${escapeHtml(refusal.planTitle)}.</p>`
      : '';
  const body = [
    '<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">',
    '<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">',
    `<h1 class="govuk-heading-l">${escapeHtml(words.title)}</h1>`,
    about,
    `<p class="govuk-body">${escapeHtml(words.body)}</p>`,
    `<p class="govuk-body">${contactLine(refusal.contact)}</p>`,
    '</div></div></main></div>',
  ].join('');
  return fillShell(shell, `<title>${escapeHtml(words.title)} – ragboard</title>`, body);
}

/**
 * The page an emailed link opens, `/update/<token>`, answered by the server (decision 037): for a
 * working link the web app's page; for a refused one the same page with why already written in
 * it (the month closed, the link expired or withdrawn, not recognised), so it reads plainly with
 * JavaScript off. The web app, when it runs, puts the same words in its own layout.
 */
export const updateRequestPageRoutes: FastifyPluginAsync<{
  webDistDir: string;
  limits: UpdateRequestLimits;
}> = async (app, opts) => {
  const shell = readWebShell(opts.webDistDir);
  const limit = updateRequestLimiter(app, opts.limits);
  const service = updateRequestsService(app.database.db, app.now);

  /** Why the link does not work, or null when it does. */
  async function refusalOf(token: string): Promise<UpdateRequestRefusalDetails | null> {
    try {
      await service.resolve(token);
      return null;
    } catch (error) {
      const refusal = error instanceof AppError ? updateRequestRefusalSchema.safeParse(error.details) : null;
      if (refusal?.success) return refusal.data;
      throw error;
    }
  }

  app.get<{ Params: { token: string } }>(
    '/update/:token',
    { schema: { hide: true } },
    async (request, reply) => {
      const { token } = request.params;
      await limit(request, reply, token);
      const refusal = await refusalOf(token);
      // 200 either way, as the web app's page always was: the API's 401 is what says it to a program.
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
      return reply.send(refusal ? refusedPage(shell, refusal) : shell);
    },
  );
};
