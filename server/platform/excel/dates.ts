const dayMs = 86_400_000;
/** Excel's day 0 in the 1900 system (serial 25569 is 1970-01-01). */
const epoch1900 = Date.UTC(1899, 11, 30);
const epoch1904 = Date.UTC(1904, 0, 1);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** A date-only value as YYYY-MM-DD from a JS Date read in UTC (how ExcelJS decodes date cells). */
export function isoFromDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  // Times like 23:59:59.9996 round into the next day when Excel displays them; do the same.
  const t = new Date(Math.round(date.getTime() / 1000) * 1000);
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Excel serial day number (what WPS and LibreOffice often leave in date cells) as YYYY-MM-DD. */
export function isoFromSerial(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  return isoFromDate(new Date((date1904 ? epoch1904 : epoch1900) + Math.floor(serial + 1e-9) * dayMs));
}

const patterns: RegExp[] = [
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** Dates typed as text: 2024-01-02, 2024/1/2, 2024.1.2, 2024年1月2日, 20240102. */
export function isoFromText(text: string): string | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

/** YYYY-MM-DD as the UTC-midnight Date ExcelJS writes as a whole-day serial. */
export function dateForCell(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
