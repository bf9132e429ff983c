import { and, asc, count, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualFieldLabels } from '../../../../domain/enterprise/annual';
import { auditLogs, enterpriseAnnualData, enterpriseAnnualRevisions, enterprises } from '../../../db/schema';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { cellPrimitive } from '../../../platform/excel/cell';
import { multipart } from '../../../platform/excel/testing/app';
import { loadWorkbook, streamedFile } from '../../../platform/excel/testing/fixtures';
import { type Cells, headers, importFile, sheetFile, sheetRow, testUscc } from './testing';

let t: TestApp;
let staff: Agent;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-15T10:00:00+08:00'));
  staff = await t.login('staff');
});
afterAll(() => t.close());

const uscc = (i: number) => testUscc(i);
const row = sheetRow;
const xlsx = sheetFile;
const importXlsx = (content: Buffer, agent = staff) => importFile(t, agent, content);

const ours = () => like(enterprises.name, '霍邱县表格导入测试企业%');
const countOf = async (q: Promise<{ n: number }[]>) => (await q)[0]!.n;
const revisions = () => countOf(t.db.select({ n: count() }).from(enterpriseAnnualRevisions).innerJoin(enterprises, eq(enterprises.id, enterpriseAnnualRevisions.enterpriseId)).where(ours()));
const enterpriseAudits = () => countOf(t.db.select({ n: count() }).from(auditLogs).where(sql`${auditLogs.action} like 'enterprise.%'`));

describe('enterprise Excel round trip (/api/v1/enterprises)', () => {
  it('template: headers, dictionaries of industries, HNTE fields and in-scope counties/towns', async () => {
    const res = await staff.get('/api/v1/enterprises/import-template');
    expect(res.statusCode).toBe(200);
    const wb = await loadWorkbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['企业及年度数据', '填写说明', '字典']);
    expect((wb.getWorksheet(1)!.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['*统一社会信用代码', '*企业名称', '*所在地区']);
    const dict = wb.getWorksheet('字典')!;
    const list = (c: number) => dict.getColumn(c).values.slice(2).map(String);
    expect(dict.getRow(1).values).toEqual([undefined, '所在地区', '所属行业', '技术领域']);
    expect(list(1)).toHaveLength(33);
    expect(list(1).slice(0, 2)).toEqual(['霍邱县', '城关镇']);
    expect(list(2)).toHaveLength(97);
    expect(list(2)).toContain('39 计算机、通信和其他电子设备制造业');
    expect(list(3)).toContain('80402 机器人');
  });

  it('imports new enterprises with their years, then a re-import changes nothing (no revisions, no audit rows)', async () => {
    const file = await xlsx([row(1), row(1, 2024), row(2), row(3, null)]);
    const first = await importXlsx(file);
    expect(first.error).toBeNull();
    expect(first.result).toMatchObject({ rows: 4, enterprises_created: 3, enterprises_unchanged: 1, annual_created: 3 });
    const [e1] = await t.db.select().from(enterprises).where(eq(enterprises.uscc, uscc(1)));
    expect(e1).toMatchObject({ regionCode: '341522100', industryCode: '35', foundedOn: '2018-05-01', hnteFieldCode: '80402', contactName: '王五' });
    expect(e1!.phoneEnc).not.toContain('139');
    expect(t.ctx.cipher.decrypt(e1!.phoneEnc!)).toBe('13912345678');
    const [y] = await t.db.select().from(enterpriseAnnualData).where(and(eq(enterpriseAnnualData.enterpriseId, e1!.id), eq(enterpriseAnnualData.year, 2025)));
    expect(y).toMatchObject({ employees: 101, salesRevenue: '30000001.00', totalIncome: '31000000.50', netAssets: '-150000.05' });
    const [e2] = await t.db.select().from(enterprises).where(eq(enterprises.uscc, uscc(2)));
    expect(e2).toMatchObject({ regionCode: '341522' });
    expect(t.ctx.cipher.decrypt(e2!.phoneEnc!)).toBe('0564-6012345');

    const before = { revisions: await revisions(), audits: await enterpriseAudits() };
    expect(before.revisions).toBe(3);
    const again = await importXlsx(file);
    expect(again.result).toMatchObject({ rows: 4, enterprises_unchanged: 4, annual_unchanged: 3 });
    expect(again.result.enterprises_created).toBeUndefined();
    expect(await revisions()).toBe(before.revisions);
    expect(await enterpriseAudits()).toBe(before.audits);
    expect(await countOf(t.db.select({ n: count() }).from(enterprises).where(ours()))).toBe(3);

    const changed = await importXlsx(await xlsx([row(1, 2025, { 职工总数: 150 })]));
    expect(changed.result).toMatchObject({ enterprises_unchanged: 1, annual_updated: 1 });
    expect(await revisions()).toBe(4);
  });

  it('WPS-style files (inline strings, numbers as text, serial dates) import the same way', async () => {
    const wps = [row(11), row(12)].map((r) => ({ ...r, 成立日期: 43221, 年度: '2025', 职工总数: '１１１', 所在地区: '霍邱县城关镇' }));
    const task = await importXlsx(await streamedFile(wps, headers));
    expect(task.error).toBeNull();
    const [e] = await t.db.select().from(enterprises).where(eq(enterprises.uscc, uscc(11)));
    expect(e).toMatchObject({ foundedOn: '2018-05-01', regionCode: '341522100' });
  });

  it('refuses the whole file when any row is wrong: other region, future year, figures, missing values', async () => {
    const [elsewhere] = await t.db.select({ uscc: enterprises.uscc }).from(enterprises).where(like(enterprises.regionCode, '341523%')).limit(1);
    const rows = [
      row(21),
      row(22, 2025, { 统一社会信用代码: elsewhere!.uscc }),
      row(23, 2027),
      row(24, 2025, { 科技人员数: 500 }),
      row(25, 2025, { [`${annualFieldLabels.rdExpense}（元）`]: null }),
      row(26, null, { [annualFieldLabels.conversions]: 2 }),
      row(27, 2025, { 所属行业: '99 不存在的行业', 联系电话: '123', 所在地区: '舒城县' }),
    ];
    const enterprisesBefore = await countOf(t.db.select({ n: count() }).from(enterprises));
    const task = await importXlsx(await xlsx(rows));
    expect(task.status).toBe('failed');
    expect(task.error.details).toEqual(expect.arrayContaining([
      { row: 3, column: '统一社会信用代码（A 列）', message: '该企业已在其他地区登记，不在您的管辖范围内，不能导入' },
      { row: 4, column: '年度（K 列）', message: '应为 2000–2026 之间的年份' },
      { row: 5, column: '科技人员数（M 列）', message: '科技人员数不能大于职工总数' },
      { row: 6, column: '研发费用（元）（S 列）', message: '填写了年度（2025）时此项必填，没有请填 0' },
      { row: 7, column: '年度（K 列）', message: '填写了年度数据，必须同时填写年度' },
      { row: 8, column: '所在地区（C 列）', message: expect.stringContaining('“舒城县”不是有效的行政区划') },
      { row: 8, column: '所属行业（D 列）', message: expect.stringContaining('“99 不存在的行业”不是有效的选项') },
      { row: 8, column: '联系电话（I 列）', message: '应为 11 位手机号或带区号的固定电话（如 0564-1234567）' },
    ]));
    expect(await countOf(t.db.select({ n: count() }).from(enterprises))).toBe(enterprisesBefore);
    const report = await loadWorkbook((await staff.get(`/api/v1/files/${task.result.errorReportFileId}`)).rawPayload);
    const ws = report.getWorksheet('企业及年度数据')!;
    expect(ws.getRow(1).getCell(headers.length + 1).value).toBe('错误说明');
    expect(ws.getRow(2).getCell(headers.length + 1).value).toBeNull();
    expect(String(ws.getRow(3).getCell(headers.length + 1).value)).toContain('A 列“统一社会信用代码”：该企业已在其他地区登记');
  });

  it('is for bureau business staff only; the upper bureau and enterprises cannot import', async () => {
    for (const who of ['city', 'enterprise', 'member']) {
      const agent = await t.login(who);
      const res = await agent.request({ method: 'POST', url: '/api/v1/enterprises/imports', ...multipart(await xlsx([row(31)])) });
      expect(res.statusCode, who).toBe(403);
    }
  });

  it('exports the filtered list with one row per year, phones masked, inside scope, and imports back unchanged', async () => {
    const read = async (agent: Agent, query: string) => {
      const res = await agent.get(`/api/v1/enterprises/export${query}`);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      const ws = (await loadWorkbook(res.rawPayload)).getWorksheet(1)!;
      const out: Cells[] = [];
      ws.eachRow((r, n) => {
        if (n > 1) out.push(Object.fromEntries(headers.map((h, i) => [h, cellPrimitive(r.getCell(i + 1).value)])));
      });
      return { out, raw: res.rawPayload };
    };
    const q = `?q=${encodeURIComponent('表格导入测试企业1有限公司')}`;
    const { out } = await read(staff, q);
    expect(out.map((r) => [r['统一社会信用代码'], r['年度'], r['联系电话']])).toEqual([[uscc(1), 2024, '139****5678'], [uscc(1), 2025, '139****5678']]);
    expect(out[1]).toMatchObject({ 所在地区: '城关镇', 所属行业: '35 专用设备制造业', 技术领域: '80402 机器人', 职工总数: 150, '净资产（元）': -150000.05 });
    expect((await read(staff, `${q}&year=2024`)).out).toHaveLength(1);
    expect((await read(await t.login('staff2'), q)).out).toHaveLength(0);
    const mine = (await read(await t.login('enterprise'), '')).out;
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((r) => r['统一社会信用代码'])).size).toBe(1);
    const [audit] = await t.db.select().from(auditLogs).where(and(eq(auditLogs.action, 'data.export'), eq(auditLogs.username, 'staff'))).orderBy(asc(auditLogs.id)).limit(1);
    expect(audit!.details).toMatchObject({ sheet: '企业及年度数据', filter: { q: '表格导入测试企业1有限公司' }, rows: 2, personalData: 'masked' });

    const clear = await read(staff, `?q=${encodeURIComponent('表格导入测试企业')}&showPersonalData=true`);
    expect(clear.out.find((r) => r['统一社会信用代码'] === uscc(2))!['联系电话']).toBe('0564-6012345');
    const back = await importXlsx(clear.raw);
    expect(back.error).toBeNull();
    expect(back.result.enterprises_created).toBeUndefined();
    expect(back.result.annual_updated).toBeUndefined();
  });
});
