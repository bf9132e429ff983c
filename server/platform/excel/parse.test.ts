import { describe, expect, it } from 'vitest';
import { cellPrimitive } from './cell';
import { isoFromSerial, isoFromText } from './dates';
import { resolveEntries } from './dictionary';
import { matchHeader } from './header';
import { IssueLog } from './issues';
import { parseCell } from './kinds';
import type { ColumnDef } from './sheet';
import { headerKey } from './text';
import { sampleSheet } from './testing/sample';
import { usccOf } from './testing/fixtures';

const col = (kind: ColumnDef['kind'], extra: Partial<ColumnDef> = {}): ColumnDef => ({ key: 'x', header: '测试列', kind, ...extra });
const value = (c: ColumnDef, raw: unknown, dict = resolveEntries({ 大型: 'L', 小型: 'S' })) => {
  const p = parseCell(c, cellPrimitive(raw), dict);
  return p.ok ? p.value : `ERR:${p.message}`;
};

describe('cell values as ExcelJS, WPS and LibreOffice give them', () => {
  it('unwraps rich text, formulas with results, hyperlinks and errors', () => {
    expect(cellPrimitive({ richText: [{ text: '霍邱县' }, { text: '测试公司' }] })).toBe('霍邱县测试公司');
    expect(cellPrimitive({ formula: 'A1*2', result: 84 })).toBe(84);
    expect(cellPrimitive({ sharedFormula: 'B2', result: '是' })).toBe('是');
    expect(cellPrimitive({ formula: 'A1/0', result: Number.NaN })).toEqual({ error: expect.stringContaining('#DIV/0!') });
    expect(cellPrimitive({ formula: 'A1*2' })).toEqual({ error: expect.stringContaining('没有保存计算结果') });
    expect(cellPrimitive({ text: '链接', hyperlink: 'http://x' })).toBe('链接');
    expect(cellPrimitive({ error: '#N/A' })).toEqual({ error: '单元格为错误值 #N/A' });
    expect(cellPrimitive('   ')).toBeNull();
  });

  it('reads numbers stored as text, full-width digits, thousands separators', () => {
    expect(value(col('integer'), '１２３')).toBe(123);
    expect(value(col('integer'), ' 1,234 ')).toBe(1234);
    expect(value(col('integer'), 12.0)).toBe(12);
    expect(value(col('integer'), '12.5')).toMatch(/^ERR:应为整数/);
    expect(value(col('decimal', { scale: 2 }), '１,２３４.５')).toBe('1234.50');
    expect(value(col('decimal', { scale: 2 }), 0.1 + 0.2)).toBe('0.30');
    expect(value(col('decimal', { scale: 2 }), '1.234')).toMatch(/^ERR:最多保留 2 位小数/);
    expect(value(col('decimal', { min: 0 }), -1)).toBe('ERR:不能小于 0');
    expect(value(col('decimal'), '十万')).toBe('ERR:应为数字');
  });

  it('reads dates as Date, serial number, serial stored as text and common Chinese spellings', () => {
    expect(value(col('date'), new Date(Date.UTC(2023, 0, 31)))).toBe('2023-01-31');
    expect(value(col('date'), 45322)).toBe('2024-01-31');
    expect(value(col('date'), '45322')).toBe('2024-01-31');
    for (const t of ['2024-01-31', '2024/1/31', '2024.1.31', '2024年1月31日', '20240131', '２０２４－０１－３１', '2024-01-31 00:00:00']) {
      expect(value(col('date'), t), t).toBe('2024-01-31');
    }
    expect(value(col('date'), '2023-02-29')).toMatch(/^ERR:日期格式不正确/);
    expect(isoFromSerial(45322, true)).toBe('2028-02-01');
    expect(isoFromText('2024-13-01')).toBeNull();
  });

  it('checks USCC, mobile, boolean and dictionary values with Chinese messages', () => {
    expect(value(col('uscc'), usccOf(1).toLowerCase())).toBe(usccOf(1));
    expect(value(col('uscc'), `${usccOf(1).slice(0, 17)}0`)).toMatch(/^ERR:统一社会信用代码有误：第 18 位校验码错误/);
    expect(value(col('mobile'), 13800000005)).toBe('13800000005');
    expect(value(col('mobile'), '+86 138-0000-0005')).toBe('13800000005');
    expect(value(col('mobile'), '138****0005')).toMatch(/脱敏/);
    expect(value(col('boolean'), '是')).toBe(true);
    expect(value(col('boolean'), 'N')).toBe(false);
    expect(value(col('boolean'), true)).toBe(true);
    expect(value(col('boolean'), '可能')).toBe('ERR:应填“是”或“否”');
    expect(value(col('enum'), ' 大型 ')).toBe('L');
    expect(value(col('enum'), 'S')).toBe('S');
    expect(value(col('enum'), '巨型')).toBe('ERR:“巨型”不是有效的选项，可选：大型、小型');
    expect(value(col('text', { required: true }), null)).toBe('ERR:必填项不能为空');
    expect(value(col('text', { maxLength: 3 }), '四个汉字')).toBe('ERR:不能超过 3 个字');
  });

  it('reports ambiguous dictionary spellings instead of guessing', () => {
    const d = resolveEntries([{ label: '霍邱县城关镇', value: '341522100', aliases: ['城关镇'] }, { label: '舒城县城关镇', value: '341523100', aliases: ['城关镇'] }]);
    expect(d.lookup('城关镇')).toEqual({ ambiguous: ['341522100', '341523100'] });
    expect(d.lookup('舒城县城关镇')).toEqual({ value: '341523100' });
  });
});

describe('header row', () => {
  it('tolerates spaces, full-width characters, required markers, reordering and extra columns', () => {
    expect(headerKey(' ＊ 营业收入 (万元) ')).toBe(headerKey('营业收入（万元）'));
    const values: unknown[] = [];
    values[1] = '备注';
    values[2] = '年 度';
    values[3] = '*统一社会信用代码';
    values[5] = { richText: [{ text: '企业' }, { text: '名称' }] };
    values[6] = '所在乡镇(必填)';
    const h = matchHeader(sampleSheet, 3, values)!;
    expect(h.rowNumber).toBe(3);
    const pos = Object.fromEntries(sampleSheet.columns.map((c, i) => [c.key, h.positions[i]]));
    expect(pos).toMatchObject({ year: 2, uscc: 3, name: 5, region: 6, industry: 0 });
  });

  it('is not found in a title row or an instructions line', () => {
    expect(matchHeader(sampleSheet, 1, [undefined, '测试企业年度数据导入模板'])).toBeNull();
    expect(matchHeader(sampleSheet, 2, [undefined, '统一社会信用代码'])).toBeNull();
  });
});

describe('issue log', () => {
  it('counts every problem but explains at most 20,000 rows in the report and returns 200 details', () => {
    const log = new IssueLog();
    for (let r = 2; r < 25_002; r++) log.add({ row: r, columnIndex: 1, header: '统一社会信用代码', message: '必填项不能为空' });
    log.add({ row: 3, columnIndex: 2, header: '企业名称', message: '必填项不能为空' });
    expect([log.count, log.rows, log.byRow.size, log.complete, log.details.length]).toEqual([25_001, 25_000, 20_000, false, 200]);
    expect(log.byRow.get(3)).toEqual({ cells: new Set([1, 2]), text: 'A 列“统一社会信用代码”：必填项不能为空；B 列“企业名称”：必填项不能为空' });
    expect(log.sample(1)).toBe('第 2 行 统一社会信用代码（A 列）：必填项不能为空');
  });
});
