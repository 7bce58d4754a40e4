import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import { documentBuilder, words } from './parsed-document';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A Word element's own children of one kind (w:p, w:tr, w:tc...), in order. */
const kids = (el: Element, name: string) =>
  [...el.children].filter((c) => c.namespaceURI === W && c.localName === name);
const textOf = (el: Element) =>
  words([...el.getElementsByTagNameNS(W, 't')].map((t) => t.textContent).join(''));
const cellText = (tc: Element) => words(kids(tc, 'p').map(textOf).join(' '));
const style = (p: Element) => p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? null;

/** The Word export read back from its XML: headings by their styles, lists by their numbering, tables. */
export async function readDocx(file: Buffer) {
  const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
  const { window } = new JSDOM(xml, { contentType: 'text/xml' });
  const body = window.document.getElementsByTagNameNS(W, 'body')[0]!;
  const read = documentBuilder();
  let last: { text: string; taken: () => void } | null = null;
  for (const el of body.children) {
    if (el.localName === 'p') {
      const text = textOf(el);
      const kind = style(el);
      last = null;
      if (kind === 'Title') read.title(text);
      else if (kind === 'Heading1') read.section(text);
      else if (kind === 'Heading2' || kind === 'Heading3') read.subheading(text);
      else if (el.getElementsByTagNameNS(W, 'numPr').length > 0) read.item(text);
      else {
        read.paragraph(text);
        const section = read.doc.sections.at(-1);
        // The paragraph just before a table is its caption, not a paragraph of the section.
        if (section) last = { text, taken: () => section.paragraphs.pop() };
      }
    } else if (el.localName === 'tbl') {
      const rows = kids(el, 'tr');
      const isHeader = (tr: Element) => tr.getElementsByTagNameNS(W, 'tblHeader').length > 0;
      last?.taken();
      read.table({
        caption: last?.text ?? '',
        header: rows.filter(isHeader).flatMap((tr) => kids(tr, 'tc').map(cellText)),
        rows: rows.filter((tr) => !isHeader(tr)).map((tr) => kids(tr, 'tc').map(cellText)),
      });
      last = null;
    }
  }
  read.doc.text = words([...body.getElementsByTagNameNS(W, 'p')].map(textOf).join(' '));
  return read.doc;
}
