import { JSDOM } from 'jsdom';
import { documentBuilder, words } from './parsed-document';

const textOf = (el: Element | null | undefined) => words(el?.textContent ?? '');

/** The HTML export read back as a browser would: its sections, their lists and tables. */
export function readHtml(html: string) {
  const { window } = new JSDOM(html);
  const page = window.document;
  const read = documentBuilder();
  read.title(textOf(page.querySelector('h1')));
  for (const section of page.querySelectorAll('main > section')) {
    read.section(textOf(section.querySelector(':scope > h2')));
    for (const el of section.children) {
      if (el.matches('h3, h4')) read.subheading(textOf(el));
      else if (el.matches('p')) read.paragraph(textOf(el));
      else if (el.matches('ul')) for (const li of el.querySelectorAll(':scope > li')) read.item(textOf(li));
      else if (el.matches('.table-scroll')) {
        const table = el.querySelector(':scope > table')!;
        read.table({
          caption: textOf(table.querySelector('caption')),
          header: [...table.querySelectorAll('thead th')].map(textOf),
          rows: [...table.querySelectorAll('tbody > tr')].map((tr) => [...tr.children].map(textOf)),
        });
      }
    }
  }
  read.doc.text = textOf(page.body);
  return read.doc;
}
