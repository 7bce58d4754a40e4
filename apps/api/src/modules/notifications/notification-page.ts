import { NOTIFICATION_KIND_WORDS, NOTIFICATION_KINDS, notificationKindSchema } from '@ragboard/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { escapeHtml, type Html, html, markup } from '../../html/html';
import { fillShell, readWebShell } from '../../html/web-shell';
import { StaleVersionError } from '../../plugins/errors';
import { notificationPreferences } from './notification-preferences';

const paramsSchema = z.object({ token: z.string().max(100) });
const querySchema = z.object({ saved: z.literal('1').optional() });
/** A form's ticked boxes: none, one (a string) or several. */
const formSchema = z.object({
  kind: z
    .union([notificationKindSchema, z.array(notificationKindSchema)])
    .optional()
    .transform((kind) => (kind === undefined ? [] : [kind].flat())),
  /** The version of the choice the page showed. */
  version: z.coerce.number().int().min(0),
});

const CHANGED_MEANWHILE =
  'Your choices were changed somewhere else while this page was open. They are shown as saved now: choose again and save.';

const HEADER = html`<header class="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__content govuk-!-padding-left-0"><span class="govuk-header__service-name">ragboard</span></div></div></header>`;

function page(shell: string, title: string, main: Html): string {
  const body = html`<a href="#main-content" class="govuk-skip-link">Skip to main content</a>${HEADER}<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content" tabindex="-1"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${main}</div></div></main></div>`;
  return fillShell(
    shell,
    `<meta name="robots" content="noindex" /><title>${escapeHtml(title)} – ragboard</title>`,
    markup(body),
  );
}

const notRecognised = (shell: string) =>
  page(
    shell,
    'This link does not work',
    html`<h1 class="govuk-heading-l">This link does not work</h1><p class="govuk-body">It may have been copied wrongly: check that the whole link from the email is in the address bar.</p><p class="govuk-body">If you have an account, you can choose which emails you get from your account page after signing in. Otherwise, ask your partnership manager.</p>`,
  );

function choices(
  shell: string,
  action: string,
  shown: { enabled: readonly string[]; version: number },
  saved: boolean,
  changed = false,
): string {
  const { enabled } = shown;
  const problem = changed
    ? html`<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list"><li><a href="#kind-${NOTIFICATION_KINDS[0]}">${CHANGED_MEANWHILE}</a></li></ul></div></div></div>`
    : null;
  const banner = saved
    ? html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title" data-module="govuk-notification-banner"><div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div><div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Your email choices have been saved</p></div></div>`
    : null;
  const boxes = NOTIFICATION_KINDS.map((kind) => {
    const words = NOTIFICATION_KIND_WORDS[kind];
    const id = `kind-${kind}`;
    return html`<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="${id}" name="kind" type="checkbox" value="${kind}" aria-describedby="${id}-hint"${enabled.includes(kind) ? html` checked` : null}><label class="govuk-label govuk-checkboxes__label" for="${id}">${words.label}</label><div id="${id}-hint" class="govuk-hint govuk-checkboxes__hint">${words.hint}</div></div>`;
  });
  return page(
    shell,
    changed ? 'Error: Email notifications' : 'Email notifications',
    html`${banner}${problem}<h1 class="govuk-heading-l">Email notifications</h1><p class="govuk-body">ragboard sends you at most one email a day, gathering what happened that concerns you. Untick what you do not want to hear of; untick everything to get no email.</p><form method="post" action="${action}" novalidate><input type="hidden" name="version" value="${String(shown.version)}"><div class="govuk-form-group"><fieldset class="govuk-fieldset" aria-describedby="kinds-hint"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">Email me when</h2></legend><div id="kinds-hint" class="govuk-hint">Select all that apply.</div><div class="govuk-checkboxes" data-module="govuk-checkboxes">${boxes}</div></fieldset></div><button type="submit" class="govuk-button" data-module="govuk-button">Save choices</button></form>`,
  );
}

/**
 * The page a daily email links to, `/notifications/<token>`: a person without an account chooses
 * what the email tells them (decision 050). Written whole by the server, a form that posts,
 * redirects and shows what was saved, so it needs no JavaScript (and carries none: the CSP stays
 * as strict as everywhere). The token, long and random, is the only key; no cookie is read.
 */
export const notificationPageRoutes: FastifyPluginAsyncZod<{ webDistDir: string }> = async (app, opts) => {
  const shell = readWebShell(opts.webDistDir, { withoutScripts: true });
  const preferences = notificationPreferences(app.database.db, app.now);
  // Only this page's form: the API itself takes JSON alone.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => {
      const form = new URLSearchParams(String(body));
      done(null, { kind: form.getAll('kind'), version: form.get('version') ?? undefined });
    },
  );

  app.get(
    '/notifications/:token',
    { schema: { hide: true, params: paramsSchema, querystring: querySchema } },
    async (request, reply) => {
      const { token } = request.params;
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
      const recipient = await preferences.byToken(token);
      if (!recipient) return reply.code(404).send(notRecognised(shell));
      const shown = await preferences.get(recipient);
      return reply.send(choices(shell, `/notifications/${token}`, shown, request.query.saved === '1'));
    },
  );

  app.post(
    '/notifications/:token',
    { schema: { hide: true, params: paramsSchema, body: formSchema } },
    async (request, reply) => {
      const { token } = request.params;
      const recipient = await preferences.byToken(token);
      if (!recipient) {
        return reply
          .code(404)
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(notRecognised(shell));
      }
      try {
        await preferences.set(recipient, request.body.kind, request.body.version, null);
      } catch (error) {
        if (!(error instanceof StaleVersionError)) throw error;
        const now = await preferences.get(recipient);
        return reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(choices(shell, `/notifications/${token}`, now, false, true));
      }
      return reply.redirect(`/notifications/${encodeURIComponent(token)}?saved=1`, 303);
    },
  );
};
