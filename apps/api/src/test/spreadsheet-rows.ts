/**
 * Rows as a spreadsheet reads them: a new row at every line break outside quotes (a bare LF
 * too), a quoted cell taken whole.
 */
export function rowsAsSpreadsheet(file: Buffer): string[][] {
  const text = file.toString('utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows.at(-1)!.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.at(-1)!.push(cell);
      cell = '';
      rows.push([]);
    } else cell += c;
  }
  if (cell || rows.at(-1)!.length) rows.at(-1)!.push(cell);
  return rows.filter((r) => r.length > 0);
}
