import { getDocumentProxy } from 'unpdf';
import { documentBuilder, words } from './parsed-document';

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

type TextItem = { str?: string; hasEOL?: boolean; type?: string; id?: string };

/** The words of each marked-content sequence of a page, by its id. */
function markedText(items: TextItem[]) {
  const text = new Map<string, string>();
  const open: string[] = [];
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
      open.push(item.id ?? '');
    else if (item.type === 'endMarkedContent') open.pop();
    else if (item.str !== undefined && open.at(-1))
      // A line that ends in a hyphen broke a hyphenated word ("Neuro-development"): no space after it.
      text.set(
        open.at(-1)!,
        (text.get(open.at(-1)!) ?? '') + item.str + (item.hasEOL && !item.str.endsWith('-') ? ' ' : ''),
      );
  }
  return text;
}

/**
 * The PDF export read back through its tags, as a screen reader does: every page's structure tree
 * (H1, H2, H3, H4, P, L/LI, Table/Caption/TR/TH/TD) with the words each element marks on that page.
 * A table that runs over a page break appears on each page: its rows there join the table before.
 */
export async function readPdf(file: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(file));
  const read = documentBuilder();
  const all: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true } as never);
    const text = markedText(content.items as TextItem[]);
    const textOf = (node: StructNode): string =>
      node.type === 'content' ? (text.get(node.id ?? '') ?? '') : (node.children ?? []).map(textOf).join(' ');
    const visit = (node: StructNode) => {
      const said = words(textOf(node));
      switch (node.role) {
        case 'H1':
          if (said) read.title(said);
          return;
        case 'H2':
          if (said) read.section(said);
          return;
        case 'H3':
        case 'H4':
          if (said) read.subheading(said);
          return;
        case 'P':
          read.paragraph(said);
          return;
        case 'LI':
          if (said) read.item(words(textOf(node.children?.find((c) => c.role === 'LBody') ?? node)));
          return;
        case 'Table': {
          const kids = node.children ?? [];
          const caption = words(textOf(kids.find((k) => k.role === 'Caption') ?? {}));
          const rows = kids
            .filter((k) => k.role === 'TR')
            .map((tr) => ({
              all: (tr.children ?? []).every((c) => c.role === 'TH'),
              cells: (tr.children ?? []).map((c) => words(textOf(c))),
            }))
            .filter((r) => r.cells.some(Boolean));
          const body = rows.filter((r) => !r.all).map((r) => r.cells);
          const last = read.doc.sections.at(-1)?.tables.at(-1);
          if (!caption && last) last.rows.push(...body);
          else read.table({ caption, header: rows.find((r) => r.all)?.cells ?? [], rows: body });
          return;
        }
        default:
          for (const child of node.children ?? []) visit(child);
      }
    };
    visit((await page.getStructTree()) as StructNode);
    all.push(...text.values());
  }
  read.doc.text = words(all.join(' '));
  return read.doc;
}
