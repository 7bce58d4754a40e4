import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** With no web app built (the API's own tests), a page like its index.html. */
const BARE_SHELL =
  '<!doctype html><html lang="en-GB" class="govuk-template"><head><meta charset="utf-8" />' +
  '<title>ragboard</title></head><body class="govuk-template__body"><div id="root"></div></body></html>';
const ROOT = '<div id="root"></div>';
const TITLE = '<title>ragboard</title>';
const SCRIPTS = /<script\b[^>]*>[\s\S]*?<\/script>\s*|<link\b[^>]*\brel="modulepreload"[^>]*>\s*/gi;

/**
 * The web app's index.html, for the pages the server writes itself (the public page, a refused
 * update link): its stylesheet and viewport, and its scripts unless `withoutScripts`, for a page the
 * web app must not start over and replace.
 */
export function readWebShell(webDistDir: string, options: { withoutScripts?: boolean } = {}): string {
  const file = join(webDistDir, 'index.html');
  const page = webDistDir && existsSync(file) ? readFileSync(file, 'utf8') : BARE_SHELL;
  const shell = options.withoutScripts ? page.replace(SCRIPTS, '') : page;
  if (!shell.includes(ROOT) || !shell.includes(TITLE) || (options.withoutScripts && /<script\b/i.test(shell)))
    throw new Error(`${file} has no ${ROOT} or ${TITLE}, or a script this page cannot take out`);
  return shell;
}

/**
 * The shell with a page's head (its title, and any meta before it) and body written in. Written with
 * functions, not replacement strings, so `$&` or `$'` in the page's text stays text.
 */
export function fillShell(shell: string, head: string, body: string): string {
  return shell.replace(TITLE, () => head).replace(ROOT, () => `<div id="root">${body}</div>`);
}
