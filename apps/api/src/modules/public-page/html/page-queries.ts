/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Reading a written page as its readers meet it, for tests in vitest's jsdom environment: by
 * landmark and heading names and by the words on the page, not by markup.
 */

export function parsePage(page: string): Document {
  return new DOMParser().parseFromString(page, 'text/html');
}

/** Text as read aloud: runs of white space as one space. */
export const words = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function accessibleName(element: Element): string {
  const by = element.getAttribute('aria-labelledby');
  return by ? words(element.ownerDocument.getElementById(by)) : (element.getAttribute('aria-label') ?? '');
}

/** The one region (a section with a name) with this name. */
export function region(page: Document, name: string): Element {
  const found = [...page.querySelectorAll('section')].filter((s) => accessibleName(s) === name);
  if (found.length !== 1) throw new Error(`${found.length} regions named "${name}"`);
  return found[0]!;
}

/** Every region's name, in the page's order. */
export const regionNames = (page: Document): string[] =>
  [...page.querySelectorAll('section')].map(accessibleName);

/** The headings of a level, by their words, in order. */
export const headings = (scope: ParentNode, level: number): string[] =>
  [...scope.querySelectorAll(`h${level}`)].map(words);

/** A summary list row's value by its key, or null when the row is not there. */
export function rowValue(scope: ParentNode, key: string): Element | null {
  const keys = [...scope.querySelectorAll('dt')].filter((dt) => words(dt) === key);
  if (keys.length > 1) throw new Error(`${keys.length} rows named "${key}"`);
  return keys[0]?.nextElementSibling ?? null;
}

/** The link whose words are these. */
export function link(scope: ParentNode, name: string): HTMLAnchorElement {
  const found = [...scope.querySelectorAll('a')].filter((a) => words(a) === name);
  if (found.length !== 1) throw new Error(`${found.length} links named "${name}"`);
  return found[0]!;
}
