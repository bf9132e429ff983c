import { and, asc, count, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, enterpriseAnnualData, enterpriseAnnualRevisions, enterprises } from '../../../db/schema';
import { verifyAuditChain } from '../../../platform/audit/verify';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { analyzeAfterRows } from '../../../platform/excel/import-task';
import { enterpriseImportBatchSize as batch } from './import';
import { loadWorkbook } from '../../../platform/excel/testing/fixtures';
import { type Cells, headers, importFile, sheetFile, sheetRow, testUscc } from './testing';

let t: TestApp;
let staff: Agent;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-15T10:00:00+08:00'));
  staff = await t.login('staff');
});
afterAll(() => t.close());

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const audits = async (action: string) => (await t.db.select({ n: count() }).from(auditLogs).where(eq(auditLogs.action, action)))[0]!.n;
const enterpriseOf = async (i: number) => (await t.db.select().from(enterprises).where(eq(enterprises.uscc, testUscc(i))))[0];
const enterpriseAuditCount = async () => (await t.db.select({ n: count() }).from(auditLogs).where(like(auditLogs.action, 'enterprise%')))[0]!.n;
const ours = async () => (await t.db.select({ n: count() }).from(enterprises).where(like(enterprises.name, '霍邱县表格导入测试企业%')))[0]!.n;

/** One import of more rows than a commit batch holds: mixed outcomes, one enterprise on both sides of a batch boundary. */
function mixedRows(): Cells[] {
  const rows = [
    ...range(1, 600).map((i) => sheetRow(i)),
    ...range(601, 1200).map((i) => sheetRow(i, 2025, { 地址: '开发区 9 号', 职工总数: 500 + i })),
    ...range(1201, 1300).map((i) => sheetRow(i, 2025, { 联系电话: '13800000000' })),
    ...range(1301, 1400).map((i) => sheetRow(i, 2024)),
    sheetRow(4002, 2024), sheetRow(4002, 2025),
    ...range(3001, 3700).map((i) => sheetRow(i)),
  ];
  rows.splice(batch - 10, 0, sheetRow(4001, 2024, { 地址: null }));
  rows.splice(batch + 10, 0, sheetRow(4001, 2025, { 地址: '第二批次中的新地址' }));
  return rows;
}

describe('enterprise import in set-based batches', () => {
  it('creates enterprises and years across batches, one chained audit row each and a summary of the import', { timeout: 120_000 }, async () => {
    const before = { create: await audits('enterprise.create'), annual: await audits('enterprise.annual.create') };
    const task = await importFile(t, staff, await sheetFile(range(1, batch + 100).map((i) => sheetRow(i))));
    expect(task.error).toBeNull();
    expect(task.result).toMatchObject({ rows: batch + 100, enterprises_created: batch + 100, annual_created: batch + 100 });
    expect(await audits('enterprise.create')).toBe(before.create + batch + 100);
    expect(await audits('enterprise.annual.create')).toBe(before.annual + batch + 100);
    const [summary] = await t.db.select().from(auditLogs).where(eq(auditLogs.action, 'enterprises.import')).orderBy(asc(auditLogs.id));
    expect(summary).toMatchObject({ objectType: 'file', objectId: task.result.fileId, username: 'staff' });
    expect(summary!.details).toMatchObject({ rows: batch + 100, enterprises_created: batch + 100, annual_created: batch + 100 });
    const e = await enterpriseOf(7);
    const [created] = await t.db.select().from(auditLogs).where(and(eq(auditLogs.objectId, e!.id), eq(auditLogs.action, 'enterprise.create')));
    expect(created!.details).toMatchObject({ source: 'import', after: { uscc: testUscc(7), phone: '139****5678', regionCode: '341522100' } });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('mixes created, updated and unchanged rows over more than one batch, exactly as row-by-row upserts would', { timeout: 120_000 }, async () => {
    const file = await sheetFile(mixedRows());
    const task = await importFile(t, staff, file);
    expect(task.error).toBeNull();
    expect(task.result).toMatchObject({
      rows: 2104, enterprises_created: 702, enterprises_updated: 701, enterprises_unchanged: 701, annual_created: 804, annual_updated: 600, annual_unchanged: 700,
    });
    const e601 = await enterpriseOf(601);
    expect(e601).toMatchObject({ address: '开发区 9 号', version: 2 });
    const [y601] = await t.db.select().from(enterpriseAnnualData).where(and(eq(enterpriseAnnualData.enterpriseId, e601!.id), eq(enterpriseAnnualData.year, 2025)));
    expect(y601).toMatchObject({ employees: 1101, version: 2, salesRevenue: '30000601.00' });
    const revisions = await t.db.select().from(enterpriseAnnualRevisions).where(eq(enterpriseAnnualRevisions.enterpriseId, e601!.id)).orderBy(asc(enterpriseAnnualRevisions.revision));
    expect(revisions.map((r) => [r.revision, r.source, r.figures.employees])).toEqual([[1, 'import', 701], [2, 'import', 1101]]);

    const e1201 = await enterpriseOf(1201);
    expect(t.ctx.cipher.decrypt(e1201!.phoneEnc!)).toBe('13800000000');
    const [phoneAudit] = await t.db.select().from(auditLogs).where(and(eq(auditLogs.objectId, e1201!.id), eq(auditLogs.action, 'enterprise.update')));
    expect(phoneAudit!.details).toEqual({ source: 'import', before: { phone: '139****5678' }, after: { phone: '138****0000' } });
    expect((await t.db.select({ n: count() }).from(auditLogs).where(sql`${auditLogs.details}::text like '%13800000000%'`))[0]!.n).toBe(0);

    const e4001 = await enterpriseOf(4001);
    expect(e4001).toMatchObject({ address: '第二批次中的新地址', version: 2 });
    const trail = await t.db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.objectId, e4001!.id)).orderBy(asc(auditLogs.id));
    expect(trail.map((a) => a.action).sort()).toEqual(['enterprise.annual.create', 'enterprise.annual.create', 'enterprise.create', 'enterprise.update']);
    expect((await t.db.select().from(enterpriseAnnualData).where(eq(enterpriseAnnualData.enterpriseId, (await enterpriseOf(4002))!.id))).length).toBe(2);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);

    const enterpriseAudits = await audits('enterprise.update');
    const again = await importFile(t, staff, file);
    expect(again.result).toMatchObject({ rows: 2104, enterprises_unchanged: 2104, annual_unchanged: 2104 });
    expect(again.result.enterprises_updated).toBeUndefined();
    expect(await audits('enterprise.update')).toBe(enterpriseAudits);
  });

  it('exports them back over several pages: every enterprise and year once, years in order', { timeout: 120_000 }, async () => {
    const res = await staff.get(`/api/v1/enterprises/export?q=${encodeURIComponent('霍邱县表格导入测试企业')}`);
    expect(res.statusCode).toBe(200);
    const year = headers.indexOf('年度') + 1;
    const got: string[] = [];
    (await loadWorkbook(res.rawPayload)).getWorksheet(1)!.eachRow((r, n) => void (n > 1 && got.push(`${String(r.getCell(1).value)}:${String(r.getCell(year).value ?? '')}`)));
    const [expected] = await t.db.select({ n: count() }).from(enterprises).leftJoin(enterpriseAnnualData, eq(enterpriseAnnualData.enterpriseId, enterprises.id))
      .where(like(enterprises.name, '%霍邱县表格导入测试企业%'));
    expect(got.length).toBe(expected!.n);
    expect(got.length).toBeGreaterThan(2000);
    expect(new Set(got).size).toBe(got.length);
    const at = got.indexOf(`${testUscc(4001)}:2024`);
    expect(got[at + 1]).toBe(`${testUscc(4001)}:2025`);
  });

  it('rolls the whole file back when a row of a later batch fails while writing', { timeout: 120_000 }, async () => {
    await t.db.execute(sql`create function kejiju_test_refuse() returns trigger language plpgsql as $$
      begin if new.name = '霍邱县表格导入测试企业9999有限公司' then raise exception 'refused' using errcode = '23514'; end if; return new; end $$`);
    await t.db.execute(sql`create trigger kejiju_test_refuse before insert on enterprises for each row execute function kejiju_test_refuse()`);
    try {
      const rows = range(5001, 5000 + batch + 100).map((i) => sheetRow(i));
      rows.splice(batch + 50, 0, sheetRow(9999));
      const before = { enterprises: await ours(), audits: await enterpriseAuditCount() };
      const task = await importFile(t, staff, await sheetFile(rows));
      expect(task.status).toBe('failed');
      expect(task.error.message).toContain(`写入第 ${batch + 2}–`);
      expect(task.error.message).toContain('整个文件已撤销，未写入任何数据');
      expect(await ours()).toBe(before.enterprises);
      expect(await enterpriseOf(5001)).toBeUndefined();
      expect(await enterpriseAuditCount()).toBe(before.audits);
      expect((await verifyAuditChain(t.db)).ok).toBe(true);
    } finally {
      await t.db.execute(sql`drop trigger kejiju_test_refuse on enterprises`);
      await t.db.execute(sql`drop function kejiju_test_refuse()`);
    }
  });

  it('refreshes the planner statistics of the tables a large import wrote, with the import', { timeout: 180_000 }, async () => {
    const analyzed = async () => (await t.db.execute<{ relname: string; at: string | null }>(sql`select relname, last_analyze::text as at
      from pg_stat_user_tables where relname in ('enterprises', 'enterprise_annual_data', 'enterprise_annual_revisions') order by relname`)).rows;
    const before = await analyzed();
    const small = await importFile(t, staff, await sheetFile(range(30_001, 30_100).map((i) => sheetRow(i))));
    expect(small.error).toBeNull();
    expect(await analyzed()).toEqual(before);
    const large = await importFile(t, staff, await sheetFile(range(40_001, 40_000 + analyzeAfterRows).map((i) => sheetRow(i))));
    expect(large.error).toBeNull();
    const after = await analyzed();
    expect(after.map((r) => r.relname)).toEqual(['enterprise_annual_data', 'enterprise_annual_revisions', 'enterprises']);
    after.forEach((r, i) => expect(r.at !== null && r.at !== before[i]!.at).toBe(true));
    const [{ tuples }] = (await t.db.execute<{ tuples: number }>(sql`select reltuples::int as tuples from pg_class where relname = 'enterprise_annual_data'`)).rows as [{ tuples: number }];
    expect(tuples).toBeGreaterThanOrEqual(analyzeAfterRows);
  });
});
