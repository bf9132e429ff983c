import { once } from 'node:events';
import type { Writable } from 'node:stream';
import zlib from 'node:zlib';

const localSignature = 0x04034b50;
const descriptorSignature = 0x08074b50;
const centralSignature = 0x02014b50;
const eocdSignature = 0x06054b50;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const flagDescriptor = 0x0008;
const flagUtf8 = 0x0800;
const max32 = 0xffffffff;
/** Bytes buffered before they go to deflate: a few large writes beat many small ones. */
const chunkBytes = 64 * 1024;

interface Written {
  name: Buffer;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

let crcTable: Int32Array | null = null;

/** zlib.crc32 arrived in Node 20.15 and package.json allows 20.11: older ones get a table, slower. */
export function tableCrc32(data: Uint8Array, value = 0): number {
  crcTable ??= Int32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let c = ~value;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

export const crc32: (data: Uint8Array, value?: number) => number = typeof zlib.crc32 === 'function' ? zlib.crc32 : tableCrc32;

/** Without zip64, every size and offset must fit the 32-bit fields. */
export function check32(what: string, n: number): number {
  if (n > max32) throw new Error(`zip entry too large for a zip without zip64: ${what} is ${n} bytes`);
  return n;
}

/**
 * Resolves when the output wants more; rejects when it errors or closes first, where waiting
 * for 'drain' alone would hang the export forever.
 */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain).off('error', done).off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('zip output stream closed before the zip was complete'));
    out.on('drain', onDrain).on('error', done).on('close', onClose);
  });
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** A streamed entry: text in, deflated bytes out, never the whole part in memory. */
export interface ZipEntryWriter {
  /**
   * A promise only when a full buffer went to deflate and it wants no more for now: await it
   * before writing again, which is how backpressure reaches the caller's loop.
   */
  write(text: string): Promise<void> | undefined;
  end(): Promise<void>;
  /** Stops compressing after a failure elsewhere; the zip stays incomplete. */
  abort(): void;
}

/**
 * A zip written front to back onto a stream (nothing seeks back): small parts deflated whole, the
 * worksheet deflated as it is written with its CRC and sizes in a data descriptor after the data.
 */
export class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];
  private readonly stamp: { time: number; date: number };
  private open = false;

  constructor(private readonly out: Writable, now = new Date()) {
    this.stamp = dosDateTime(now);
  }

  private async put(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    if (this.out.destroyed) throw new Error('zip output stream was destroyed');
    if (!this.out.write(chunk)) await drained(this.out);
  }

  private localHeader(e: Written): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(localSignature, 0);
    h.writeUInt16LE(20, 4);
    this.sharedFields(h, 6, e);
    return Buffer.concat([h, e.name]);
  }

  /** Flags through name length: the run of fields local and central headers share (at 6 and at 8). */
  private sharedFields(b: Buffer, at: number, e: Written): void {
    b.writeUInt16LE(e.flags, at);
    b.writeUInt16LE(8, at + 2); // deflate
    b.writeUInt16LE(this.stamp.time, at + 4);
    b.writeUInt16LE(this.stamp.date, at + 6);
    b.writeUInt32LE(e.crc, at + 8);
    b.writeUInt32LE(e.compressedSize, at + 12);
    b.writeUInt32LE(e.size, at + 16);
    b.writeUInt16LE(e.name.length, at + 20);
  }

  private begin(name: string, flags: number): Written {
    if (this.open) throw new Error('zip: the previous entry is still being written');
    return { name: Buffer.from(name, 'utf8'), flags: flags | flagUtf8, crc: 0, compressedSize: 0, size: 0, offset: check32('offset', this.offset) };
  }

  /** A small part, deflated in one go so its header carries the real sizes. */
  async add(name: string, content: string | Buffer): Promise<void> {
    const e = this.begin(name, 0);
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const packed = zlib.deflateRawSync(data, { level: 1 });
    e.crc = crc32(data);
    e.size = check32(`${name} size`, data.length);
    e.compressedSize = check32(`${name} compressed size`, packed.length);
    this.entries.push(e);
    await this.put(this.localHeader(e));
    await this.put(packed);
  }

  /** A part written in pieces; only one may be open at a time, as the bytes go straight out. */
  async stream(name: string): Promise<ZipEntryWriter> {
    const e = this.begin(name, flagDescriptor);
    this.open = true;
    await this.put(this.localHeader(e));
    // Deflate runs on the thread pool: with room for a few chunks queued, the rows of the next
    // chunk are built while the last one is compressed instead of waiting for it (the writable
    // option is passed through to the stream, though the zlib typings do not list it).
    const options: zlib.ZlibOptions & { writableHighWaterMark: number } = { level: 1, chunkSize: 64 * 1024, writableHighWaterMark: 8 * chunkBytes };
    const deflate = zlib.createDeflateRaw(options);
    // Data events write straight to the output; while it is full, deflate is paused and its own
    // buffer fills, which makes write() below wait: backpressure reaches the row loop.
    let failed: Error | null = null;
    deflate.on('data', (c: Buffer) => {
      e.compressedSize += c.length;
      this.offset += c.length;
      if (this.out.destroyed) return deflate.destroy(new Error('zip output stream was destroyed'));
      if (!this.out.write(c)) {
        deflate.pause();
        drained(this.out).then(() => deflate.resume(), (err: Error) => deflate.destroy(err));
      }
    });
    deflate.on('error', (err) => (failed = err));
    // Each piece is encoded straight into a fixed buffer: encoding one long concatenated string
    // instead spent most of its time flattening it (1.4 s of a 113 MB worksheet).
    let buf = Buffer.allocUnsafeSlow(chunkBytes);
    let used = 0;
    // Synchronous up to deflate.write, so pieces reach deflate in order even before a wait ends.
    const push = (data: Buffer): Promise<void> | undefined => {
      if (failed) return Promise.reject(failed);
      e.crc = crc32(data, e.crc);
      e.size = check32(`${name} size`, e.size + data.length);
      return deflate.write(data) ? undefined : once(deflate, 'drain').then(() => undefined);
    };
    const take = () => {
      const full = buf.subarray(0, used);
      buf = Buffer.allocUnsafeSlow(chunkBytes);
      used = 0;
      return full;
    };
    return {
      write: (s) => {
        // A UTF-16 unit never takes more than 3 bytes of UTF-8, so this check means the text fits.
        if (s.length * 3 <= chunkBytes - used) {
          used += buf.write(s, used);
          return undefined;
        }
        const waited = used ? push(take()) : undefined;
        if (s.length * 3 <= chunkBytes) used = buf.write(s, 0);
        else return push(Buffer.from(s, 'utf8')) ?? waited;
        return waited;
      },
      abort: () => deflate.destroy(),
      end: async () => {
        if (used) await push(take());
        const ended = once(deflate, 'end');
        deflate.end();
        await ended;
        if (failed) throw failed;
        check32(`${name} compressed size`, e.compressedSize);
        const d = Buffer.alloc(16);
        d.writeUInt32LE(descriptorSignature, 0);
        d.writeUInt32LE(e.crc, 4);
        d.writeUInt32LE(e.compressedSize, 8);
        d.writeUInt32LE(e.size, 12);
        this.open = false;
        this.entries.push(e);
        await this.put(d);
      },
    };
  }

  /** Central directory and end record; ends the output stream and waits until it has taken everything. */
  async finish(): Promise<void> {
    if (this.open) throw new Error('zip: an entry is still being written');
    const start = check32('central directory offset', this.offset);
    const parts: Buffer[] = [];
    for (const e of this.entries) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(centralSignature, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      this.sharedFields(c, 8, e);
      c.writeUInt32LE(e.offset, 42);
      parts.push(c, e.name);
    }
    const directory = Buffer.concat(parts);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(eocdSignature, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(check32('central directory size', directory.length), 12);
    end.writeUInt32LE(start, 16);
    await this.put(Buffer.concat([directory, end]));
    const finished = once(this.out, 'finish');
    this.out.end();
    await finished;
  }
}
