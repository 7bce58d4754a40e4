const MARKUP = Symbol('markup');

/** Markup built by `html`: the only value a template writes as it is, so text never passes for markup. */
export interface Html {
  readonly [MARKUP]: string;
}

/** What a template may hold: text and numbers (escaped), markup, lists of either, or nothing. */
export type HtmlPart = Html | string | number | null | undefined | false | readonly HtmlPart[];

/** Every character that could open markup or end an attribute, as a character reference. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function written(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return '';
  if (Array.isArray(part)) return part.map(written).join('');
  if (typeof part === 'object' && MARKUP in part) return part[MARKUP];
  return escapeHtml(String(part));
}

/**
 * A template that escapes every value it is given, in text and in attributes alike, unless the
 * value is itself `html`: html`<p title="${words}">${words}</p>`.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): Html {
  return { [MARKUP]: strings.reduce((out, text, index) => out + written(values[index - 1]) + text) };
}

/** The markup as a string, to put on the wire. */
export const markup = (value: Html): string => value[MARKUP];
