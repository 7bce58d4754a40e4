/** A table as read back from a file: its caption, its header row and its other rows, as words. */
export interface ParsedTable {
  caption: string;
  header: string[];
  rows: string[][];
}

/** What a section of an exported file holds once read back, in order. */
export interface ParsedSection {
  heading: string;
  subheadings: string[];
  paragraphs: string[];
  /** Items of lists outside tables. */
  items: string[];
  tables: ParsedTable[];
}

export interface ParsedDocument {
  title: string;
  sections: ParsedSection[];
  /** Every word of the file, whitespace collapsed. */
  text: string;
}

export const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Builds a document as a reader walks a file: a heading opens a section, the rest goes in the last one. */
export function documentBuilder() {
  const doc: ParsedDocument = { title: '', sections: [], text: '' };
  const current = () => doc.sections.at(-1);
  return {
    doc,
    title: (text: string) => {
      doc.title = words(text);
    },
    section: (heading: string) => {
      doc.sections.push({ heading: words(heading), subheadings: [], paragraphs: [], items: [], tables: [] });
    },
    subheading: (text: string) => current()?.subheadings.push(words(text)),
    paragraph: (text: string) => {
      if (words(text)) current()?.paragraphs.push(words(text));
    },
    item: (text: string) => current()?.items.push(words(text)),
    table: (table: ParsedTable) => current()?.tables.push(table),
  };
}
