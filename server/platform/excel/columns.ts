/** 1 → A, 27 → AA: the column letters Excel shows. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Absolute range such as `'字典'!$B$2:$B$40` for data-validation formulas. */
export function absoluteRange(sheetName: string, column: number, fromRow: number, toRow: number): string {
  const c = columnLetter(column);
  return `'${sheetName.replace(/'/g, "''")}'!$${c}$${fromRow}:$${c}$${toRow}`;
}
