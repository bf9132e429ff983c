import { PassThrough, Writable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dateForCell } from './dates';
import { exportToXlsx } from './export';
import { openFastWorkbook, type WorkbookRow } from './fast-reader';
import { resolveEntries } from './dictionary';
import { loadWorkbook } from './testing/fixtures';
import { industries, sampleSheet } from './testing/sample';
import { columnLetters, escapeXml, excelSerial, type XlsxColumn, XlsxSheetWriter, type XlsxValue } from './xlsx-writer';
import { check32, tableCrc32 } from './zip-writer';
import { entryString, zipEntries } from './zip';

function collect(stream: PassThrough): Promise<Buffer> {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => stream.on('end', () => resolve(Buffer.concat(chunks))).on('error', reject));
}

async function written(columns: XlsxColumn[], header: string[], rows: XlsxValue[][], out = new PassThrough()): Promise<Buffer> {
  const done = collect(out);
  const w = await XlsxSheetWriter.open({ out, sheetName: '测试 <表>&', creator: '测试', columns, header });
  for (const r of rows) await w.writeRow(r);
  await w.finish();
  return done;
}

async function fastRows(content: Buffer): Promise<WorkbookRow[]> {
  const out: WorkbookRow[] = [];
  for await (const sheet of (await openFastWorkbook(content)).worksheets()) for await (const row of sheet) out.push(row);
  return out;
}

describe('xlsx writer pieces', () => {
  it('escapes markup and drops characters XML 1.0 cannot hold', () => {
    expect(escapeXml('plain 文本')).toBe('plain 文本');
    expect(escapeXml(`a&b<c>"d'`)).toBe(`a&amp;b&lt;c&gt;&quot;d'`);
    expect(escapeXml('x\x00\x01\x08\x0B\x0C\x0E\x1F\uFFFEy')).toBe('xy');
    expect(escapeXml('tab\tnl\ncr\r')).toBe('tab\tnl\ncr&#13;');
  });

  it('names columns past Z', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16_384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });

  it('writes dates as serial days since 1899-12-30', () => {
    expect(excelSerial(dateForCell('1900-03-01'))).toBe(61);
    expect(excelSerial(dateForCell('2024-01-02'))).toBe(45_293);
  });

  it('computes CRC-32 without zlib.crc32 (Node before 20.15) as zlib does, chunk after chunk', () => {
    const a = Buffer.from('企业及年度数据 <row r="2"/>');
    const b = Buffer.alloc(1000, 7);
    expect(tableCrc32(a)).toBe(zlib.crc32(a));
    expect(tableCrc32(b, tableCrc32(a))).toBe(zlib.crc32(Buffer.concat([a, b])));
  });

  it('refuses sizes a zip without zip64 cannot record', () => {
    expect(check32('x', 0xffff_ffff)).toBe(0xffff_ffff);
    expect(() => check32('sheet size', 2 ** 32)).toThrow(/zip64/);
  });
});

describe('XlsxSheetWriter', () => {
  const columns: XlsxColumn[] = Array.from({ length: 30 }, (_, i) => ({ width: 10 + i, numFmt: i === 1 ? 'yyyy-mm-dd' : i === 2 ? '0.00' : i === 3 ? '0.000' : undefined }));
  const header = columns.map((_, i) => `列${i + 1}`);
  const row: XlsxValue[] = ['a & <b> "c"', dateForCell('2015-05-02'), 1235.5, 0.125, -42, null, ' 前后空格 ', 'bad\x00\x1Fchars', '', undefined];
  row[29] = '第30列';

  it('reads back in ExcelJS: values, styles, widths, frozen bold header', async () => {
    const wb = await loadWorkbook(await written(columns, header, [row, [null, null, 7]]));
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('测试 <表>&');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('A1').value).toBe('列1');
    expect(ws.getCell('AD1').font?.bold).toBe(true);
    const values = (ws.getRow(2).values as unknown[]).slice(1);
    expect(values.slice(0, 9)).toEqual(['a & <b> "c"', new Date(Date.UTC(2015, 4, 2)), 1235.5, 0.125, -42, undefined, ' 前后空格 ', 'badchars', undefined]);
    expect(ws.getCell('AD2').value).toBe('第30列');
    expect(ws.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('C2').numFmt).toBe('0.00');
    expect(ws.getCell('D2').numFmt).toBe('0.000');
    expect(ws.getColumn(1).width).toBe(10);
    expect(ws.getColumn(30).width).toBe(39);
    expect(ws.getCell('C3').value).toBe(7);
    expect(ws.rowCount).toBe(3);
  });

  it('reads back in the project’s fast reader, and the zip checks out entry by entry', async () => {
    const content = await written(columns, header, [row]);
    const [head, first] = await fastRows(content);
    expect(head!.values[30]).toBe('列30');
    expect(first!.values.slice(1, 8)).toEqual(['a & <b> "c"', new Date(Date.UTC(2015, 4, 2)), 1235.5, 0.125, -42, undefined, ' 前后空格 ']);
    expect(first!.values[30]).toBe('第30列');
    const entries = zipEntries(content);
    expect(entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    for (const e of entries) {
      const text = await entryString(content, e);
      expect(Buffer.byteLength(text), e.name).toBe(e.size);
      expect(zlib.crc32(text), e.name).toBe(crcOf(content, e.name));
    }
  });

  it('streams many rows and long text across its buffers, waiting for a slow consumer', async () => {
    const long = '长'.repeat(40_000);
    const rows: XlsxValue[][] = Array.from({ length: 5000 }, (_, i) => [`企业${i}`, dateForCell('2020-01-01'), i + 0.5, i === 2500 ? long : null]);
    const chunks: Buffer[] = [];
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, cb) {
        chunks.push(chunk);
        setImmediate(cb);
      },
    });
    const w = await XlsxSheetWriter.open({ out: slow, sheetName: 'S', creator: 'c', columns: columns.slice(0, 4), header: header.slice(0, 4) });
    for (const r of rows) await w.writeRow(r);
    await w.finish();
    const got = await fastRows(Buffer.concat(chunks));
    expect(got).toHaveLength(5001);
    expect(got[5000]!.values.slice(1, 4)).toEqual(['企业4999', new Date(Date.UTC(2020, 0, 1)), 4999.5]);
    expect(got[2501]!.values[4]).toBe(long);
  });
});

const centralSignature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** CRC of an entry as the central directory records it (zip.ts does not read CRCs). */
function crcOf(content: Buffer, name: string): number {
  for (let p = content.indexOf(centralSignature); p >= 0; p = content.indexOf(centralSignature, p + 4)) {
    const n = content.readUInt16LE(p + 28);
    if (content.toString('utf8', p + 46, p + 46 + n) === name) return content.readUInt32LE(p + 16);
  }
  throw new Error(`${name} not in the central directory`);
}

describe('exportToXlsx', () => {
  const dicts = new Map([['industry', resolveEntries(industries)], ['size', resolveEntries({ 大型: 'L', 小型: 'S' })]]);
  const rows = async function* () {
    yield { uscc: '91341522MA2N000001', name: '测试&<企业>', industry: 'I03', size: 'S', founded: '2015-05-02', year: 2024, employees: 51, revenue: '1235.50', highTech: false, mobile: '13900000001' };
    yield { uscc: '91341522MA2N000002', name: '空值企业', founded: null, revenue: null, mobile: '' };
  };

  it('keeps the sheet’s name, headers, formats and creator; masks phones; the fast reader agrees', async () => {
    const { rows: n, buffer } = await exportToXlsx({ sheet: sampleSheet, rows: rows(), dicts });
    expect(n).toBe(2);
    const core = zipEntries(buffer!).find((e) => e.name === 'docProps/core.xml')!;
    expect(await entryString(buffer!, core)).toContain('<dc:creator>Kejiju 科技局工作平台</dc:creator>');
    const ws = (await loadWorkbook(buffer!)).getWorksheet('企业年度数据')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(sampleSheet.columns.map((c) => c.header));
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(24);
    expect(ws.getColumn(3).width).toBe(12);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([
      '91341522MA2N000001', '测试&<企业>', undefined, '测试行业门类第03类（含细分领域）', '小型', new Date(Date.UTC(2015, 4, 2)), 2024, 51, undefined, 1235.5, '否', '139****0001',
    ]);
    expect(ws.getCell('F2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('J2').numFmt).toBe('0.00');
    expect((ws.getRow(3).values as unknown[]).filter((v) => v !== undefined)).toEqual(['91341522MA2N000002', '空值企业']);
    const fast = await fastRows(buffer!);
    expect(fast[1]!.values).toEqual(ws.getRow(2).values);
  });

  it('fails instead of hanging when the rows fail or the output goes away mid-export', async () => {
    const failing = async function* () {
      for (let i = 0; i < 3000; i++) yield { uscc: `U${i}`, name: '企'.repeat(100) };
      throw new Error('database gone');
    };
    await expect(exportToXlsx({ sheet: sampleSheet, rows: failing(), dicts })).rejects.toThrow('database gone');
    const out = new PassThrough();
    out.resume();
    const endless = async function* () {
      for (let i = 0; ; i++) {
        if (i === 5000) out.destroy();
        yield { uscc: `U${i}`, name: `企业${i}` };
      }
    };
    await expect(exportToXlsx({ sheet: sampleSheet, rows: endless(), dicts, stream: out })).rejects.toThrow(/destroyed|closed/);
  });

  it('writes to a given stream, ends it, and reports progress every 1000 rows', async () => {
    const out = new PassThrough();
    const done = collect(out);
    const seen: number[] = [];
    const many = async function* () {
      for (let i = 0; i < 2500; i++) yield { uscc: `U${i}`, name: `企业${i}`, year: 2024 };
    };
    const res = await exportToXlsx({ sheet: sampleSheet, rows: many(), dicts, stream: out, onRow: (k) => void seen.push(k) });
    expect(res).toEqual({ rows: 2500, buffer: null });
    expect(seen).toEqual([1000, 2000]);
    const ws = (await loadWorkbook(await done)).worksheets[0]!;
    expect(ws.rowCount).toBe(2501);
    expect(ws.getCell('B2501').value).toBe('企业2499');
  });
});
