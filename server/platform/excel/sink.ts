import { PassThrough } from 'node:stream';

/** A stream for ExcelJS WorkbookWriter whose bytes end up in one Buffer (files are kept in PostgreSQL). */
export function bufferSink(): { stream: PassThrough; done: Promise<Buffer> } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
  return { stream, done };
}
