import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';

/** One file of a zip held in memory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

/** A zip this reader does not handle (zip64, encryption, other methods): the caller falls back. */
export class UnsupportedZip extends Error {}

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === eocdSignature) return i;
  throw new UnsupportedZip('no end of central directory');
}

/** The entries of the central directory, in directory order (the order the writer stored them). */
export function zipEntries(buf: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new UnsupportedZip('zip64');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== centralSignature) throw new UnsupportedZip('bad central directory');
    const flags = buf.readUInt16LE(p + 8);
    const nameLength = buf.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      name: buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength),
    };
    if (flags & 1) throw new UnsupportedZip('encrypted entry');
    if (entry.method !== 0 && entry.method !== 8) throw new UnsupportedZip(`compression method ${entry.method}`);
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.offset === 0xffffffff) throw new UnsupportedZip('zip64 entry');
    entries.push(entry);
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

function compressedData(buf: Buffer, e: ZipEntry): Buffer {
  if (buf.readUInt32LE(e.offset) !== localSignature) throw new UnsupportedZip('bad local header');
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  if (start + e.compressedSize > buf.length) throw new UnsupportedZip('truncated entry');
  return buf.subarray(start, start + e.compressedSize);
}

/**
 * The entry's text, decoded as UTF-8 across chunk boundaries, a chunk at a time: a worksheet of
 * any size never sits in memory whole.
 */
export async function* entryText(buf: Buffer, e: ZipEntry, chunkSize = 1 << 20): AsyncGenerator<string> {
  const data = compressedData(buf, e);
  const decoder = new StringDecoder('utf8');
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += chunkSize) yield decoder.write(data.subarray(i, i + chunkSize));
  } else {
    const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    inflate.end(data);
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      const text = decoder.write(chunk);
      if (text) yield text;
    }
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The whole entry as text (small parts: workbook, styles). */
export async function entryString(buf: Buffer, e: ZipEntry): Promise<string> {
  let out = '';
  for await (const text of entryText(buf, e)) out += text;
  return out;
}
