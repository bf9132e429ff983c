/**
 * Just enough XML for the parts of an .xlsx that an import reads, scanned with indexOf instead of
 * a SAX parser: well-formed SpreadsheetML as Excel, WPS, LibreOffice and ExcelJS write it.
 */

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * A copy of a substring that does not keep the string it was cut from alive: V8 keeps a slice of
 * 13 or more characters as a view into its parent, here a whole chunk of worksheet XML.
 */
const detached = (s: string) => (s.length < 13 ? s : (` ${s}`).slice(1));

/** Text with XML entities decoded, never a view into the document it came from. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return detached(s);
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return entities[e] ?? m;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });
}

/** The value of attribute `name` in an opening tag, or undefined. */
export function attr(tag: string, name: string): string | undefined {
  let i = tag.indexOf(` ${name}=`);
  if (i < 0) i = tag.indexOf(`\t${name}=`);
  if (i < 0) i = tag.indexOf(`\n${name}=`);
  if (i < 0) return undefined;
  const q = i + name.length + 2;
  const quote = tag[q];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = tag.indexOf(quote, q + 1);
  return end < 0 ? undefined : decodeXml(tag.slice(q + 1, end));
}

/** Whether `<name` starts at i as a whole tag name (not `<name…` of a longer name). */
function tagAt(xml: string, i: number, name: string): boolean {
  const next = xml.charCodeAt(i + name.length + 1);
  return next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d;
}

/** Index of the next `<name` tag in [from, to), or -1. */
export function findTag(xml: string, name: string, from: number, to = xml.length): number {
  for (let i = xml.indexOf(`<${name}`, from); i >= 0 && i < to; i = xml.indexOf(`<${name}`, i + 1)) {
    if (tagAt(xml, i, name)) return i;
  }
  return -1;
}

export interface Element {
  /** The opening tag, `<name …>` or `<name …/>`. */
  tag: string;
  /** Raw inner XML ('' for an empty element). */
  inner: string;
  /** Index just past the element. */
  end: number;
}

/** The next `name` element in [from, to), or null. */
export function nextElement(xml: string, name: string, from: number, to = xml.length): Element | null {
  const start = findTag(xml, name, from, to);
  if (start < 0) return null;
  const tagEnd = xml.indexOf('>', start);
  if (tagEnd < 0 || tagEnd >= to) return null;
  const tag = xml.slice(start, tagEnd + 1);
  if (xml.charCodeAt(tagEnd - 1) === 0x2f) return { tag, inner: '', end: tagEnd + 1 };
  const close = xml.indexOf(`</${name}>`, tagEnd);
  if (close < 0 || close >= to) return null;
  return { tag, inner: xml.slice(tagEnd + 1, close), end: close + name.length + 3 };
}

/** Text of the `<t>` elements of a string item (`<si>`, `<is>`), phonetic runs (`<rPh>`) left out. */
export function stringItemText(inner: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const t = nextElement(inner, 't', from);
    if (!t) return out;
    const ph = findTag(inner, 'rPh', from, t.end);
    if (ph >= 0) {
      const close = inner.indexOf('</rPh>', ph);
      from = close < 0 ? inner.length : close + 6;
      continue;
    }
    out += decodeXml(t.inner);
    from = t.end;
  }
}

/** Every `name` element of a streamed part, handed over as soon as its closing tag has arrived. */
export async function* streamElements(chunks: AsyncIterable<string>, name: string): AsyncGenerator<Element> {
  let pending = '';
  const close = `</${name}>`;
  for await (const chunk of chunks) {
    pending = pending ? pending + chunk : chunk;
    let from = 0;
    for (let end = pending.indexOf(close, from); end >= 0; end = pending.indexOf(close, from)) {
      let start = pending.lastIndexOf(`<${name}`, end);
      while (start >= from && !tagAt(pending, start, name)) start = pending.lastIndexOf(`<${name}`, start - 1);
      if (start < from) throw new Error(`malformed XML: </${name}> without <${name}>`);
      const tagEnd = pending.indexOf('>', start);
      yield { tag: pending.slice(start, tagEnd + 1), inner: pending.slice(tagEnd + 1, end), end: end + close.length };
      from = end + close.length;
    }
    pending = pending.slice(from);
  }
}
