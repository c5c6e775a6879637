/**
 * Reads comma-separated values as spreadsheets write them (RFC 4180): quoted fields may hold commas, line breaks
 * and doubled quotes; lines end in CRLF or LF; a byte-order mark at the start is dropped. Also reads semicolons when
 * the header uses them, as spreadsheets in French or Spanish locales save. Returns rows of fields, blank lines left out.
 */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (row.some((value) => value.trim() !== '')) rows.push(row);
    row = [];
    field = '';
  };
  while (i < source.length) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && source[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
