import { escapeHtml, type Html, html, markup } from '../../../html/html';
import { fillShell, readWebShell } from '../../../html/web-shell';

/** The web app's index.html without its scripts: the public page needs none (decision 040). */
export const pageShell = (webDistDir: string) => readWebShell(webDistDir, { withoutScripts: true });

const HEADER = html`<header class="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__content govuk-!-padding-left-0"><span class="govuk-header__service-name">Progress on the plan</span></div></div></header>`;

const DEMO_BANNER = html`<div class="govuk-phase-banner govuk-width-container"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-tag--orange govuk-phase-banner__content__tag">Demo</strong> <span class="govuk-phase-banner__text">Demo data: do not use for real records. Anyone who knows the published demo password can sign in.</span></p></div>`;

const FOOTER = html`<footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list"><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/accessibility">Accessibility statement</a></li></ul><p class="govuk-body-s">ragboard: the partnership's improvement plan, month by month.</p></div></div></div></footer>`;

export interface PageParts {
  title: string;
  /** The installation's demo accounts are active: the banner the web app shows on every page. */
  demo: boolean;
  main: Html;
  /** A page search engines should not keep (a page not found, answered 200). */
  noIndex?: boolean;
}

/**
 * A whole page in the shell, framed as the web app's public layout frames it (skip link, header
 * without account or menu, the demo banner, footer). Written with functions, not replacement
 * strings, so `$&` or `$'` in the page's text stays text.
 */
export function inShell(shell: string, parts: PageParts): string {
  const body = html`<a href="#main-content" class="govuk-skip-link">Skip to main content</a>${HEADER}${parts.demo && DEMO_BANNER}<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content" tabindex="-1">${parts.main}</main></div>${FOOTER}`;
  const robots = parts.noIndex ? '<meta name="robots" content="noindex" />' : '';
  return fillShell(shell, `${robots}<title>${escapeHtml(parts.title)}</title>`, markup(body));
}
