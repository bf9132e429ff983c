import { type Readable, Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs';

/**
 * ExcelJS 4.4's streaming reader decodes every zip chunk on its own (TextDecoder without
 * `stream: true`), so a Chinese character split across two chunks turns into U+FFFD — in any file
 * bigger than one chunk (~16 KB of XML). This reader hands ExcelJS text that was decoded across
 * chunk boundaries instead; ExcelJS passes strings through untouched.
 */
async function* utf8Chunks(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

function utf8Stream(entry: Readable): Readable {
  const decoder = new StringDecoder('utf8');
  return entry.pipe(new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.write(chunk) || undefined);
    },
    flush(done) {
      done(null, decoder.end() || undefined);
    },
  }));
}

/** The undocumented hooks of ExcelJS's WorkbookReader that receive zip entries. */
interface ReaderHooks {
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

type ReaderClass = new (input: Readable, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>) => ExcelJS.stream.xlsx.WorkbookReader & ReaderHooks;

function utf8SafeReaderOf(Base: ReaderClass): ReaderClass {
  return class Utf8SafeWorkbookReader extends Base {
    override _parseWorkbook(entry: Readable) {
      return super._parseWorkbook(utf8Stream(entry));
    }

    override _parseStyles(entry: Readable) {
      return super._parseStyles(utf8Stream(entry));
    }

    override _parseSharedStrings(entry: Readable) {
      return super._parseSharedStrings(utf8Stream(entry));
    }

    override _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string) {
      return super._parseWorksheet(utf8Chunks(iterator), sheetNo);
    }
  };
}

let readerClass: ReaderClass | null = null;

/** ExcelJS's streaming WorkbookReader with the UTF-8 fix, once ExcelJS is loaded. */
export async function utf8SafeWorkbookReader(): Promise<ReaderClass> {
  readerClass ??= utf8SafeReaderOf((await loadExcelJS()).stream.xlsx.WorkbookReader as unknown as ReaderClass);
  return readerClass;
}
