import { sql } from 'drizzle-orm';
import { chinaDate, yearOf } from '../../../../domain/enterprise/dates';
import { enterpriseAnnualData, enterpriseAnnualRevisions, enterprises } from '../../../db/schema';
import type { AuditEntry } from '../../../platform/audit/audit';
import { createImportTask, type ImportRow, type ImportRowIssue } from '../../../platform/excel';
import { type AnnualItem, upsertAnnualBatch } from './commit-annual';
import { type BatchRow, upsertEnterpriseBatch } from './commit-master';
import { importStateOf } from './import-state';
import { type EnterpriseSheetRow, enterpriseSheet, figuresOf } from './sheet';

type Issue = ImportRowIssue<keyof EnterpriseSheetRow & string>;

/** Rows per checkBatch and commitBatch call: at most one locking SELECT and a few set-based writes each. */
export const enterpriseImportBatchSize = 2000;

/** A blank optional cell keeps what is stored (undefined), it never clears it. */
const keep = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

function masterOf(v: EnterpriseSheetRow): BatchRow {
  return {
    uscc: v.uscc, name: v.name, regionCode: v.region, industryCode: keep(v.industry), foundedOn: keep(v.foundedOn), address: keep(v.address),
    legalRep: keep(v.legalRep), contactName: keep(v.contactName), phone: keep(v.phone), hnteFieldCode: keep(v.hnteField),
  };
}

function tally(counts: Record<string, number>, prefix: string, actions: readonly string[]) {
  for (const a of actions) counts[`${prefix}_${a}`] = (counts[`${prefix}_${a}`] ?? 0) + 1;
}

/**
 * 企业及年度数据 import (issue 3): enterprises upserted by USCC, figures by USCC + year, with the
 * checks, revisions and audit rows of the enterprise services, all rows in one transaction;
 * written set-based, a batch at a time (commit-master.ts, commit-annual.ts).
 */
export const enterpriseImport = createImportTask({
  kind: 'enterprises.import',
  sheet: enterpriseSheet,
  batchSize: enterpriseImportBatchSize,
  analyze: [enterprises, enterpriseAnnualData, enterpriseAnnualRevisions],
  async checkBatch(rows, ictx) {
    const { ctx, scope } = ictx;
    const today = chinaDate(ctx.now());
    const issues: Issue[] = [];
    const usccs = [...new Set(rows.map((r) => r.value.uscc))];
    // Each USCC must be one probe of the unique B-tree index. The planner may otherwise take the
    // pg_trgm GIN index on uscc (it serves equality too), and while this import's transaction is
    // inserting, every key of such a bitmap scan reads the index's whole pending list: 1–30 s a
    // batch at province scale. Bitmap scans are off for this one read-only statement.
    const found = await ctx.database.db.transaction(async (t) => {
      await t.execute(sql`set local enable_bitmapscan = off`);
      return t.execute<{ uscc: string; region_code: string }>(sql`select e.uscc, e.region_code from unnest(${sql.param(usccs)}::text[]) as u(uscc)
        join ${enterprises} e on e.uscc = u.uscc`);
    });
    const state = importStateOf(ictx);
    const outside = new Set<string>();
    for (const e of found.rows) {
      state.stored.add(e.uscc);
      if (!e.region_code.startsWith(scope.regionCode)) outside.add(e.uscc);
    }
    for (const { row, value: v } of rows) {
      if (outside.has(v.uscc)) issues.push({ row, column: 'uscc', message: '该企业已在其他地区登记，不在您的管辖范围内，不能导入' });
      if (v.year !== null && v.year > yearOf(today)) issues.push({ row, column: 'year', message: `应为 2000–${yearOf(today)} 之间的年份` });
      if (v.foundedOn !== null && v.foundedOn > today) issues.push({ row, column: 'foundedOn', message: '不能晚于今天' });
    }
    return issues;
  },
  async commitBatch(tx, rows: ImportRow<EnterpriseSheetRow>[], ictx, writes) {
    const { ctx, scope, actor } = ictx;
    const state = importStateOf(ictx);
    const { chain, levels } = await state.open(tx, scope);
    const counts: Record<string, number> = {};
    const audits: AuditEntry[] = [];
    const master = await upsertEnterpriseBatch(tx, rows.map(({ row, value }) => ({ row, value: masterOf(value) })), {
      scope, env: ctx, audits, writes, levels, mayExist: (uscc) => state.mayExist(uscc),
    });
    tally(counts, 'enterprises', master.map((m) => m.action));
    const annual: AnnualItem[] = [];
    rows.forEach(({ row, value }, i) => {
      const { id, action } = master[i]!;
      if (action === 'created') state.created.add(value.uscc);
      // A year appears once per file (the sheet's uniqueBy), so an enterprise this import created
      // has no stored year to look up, in this batch or a later one.
      if (value.year !== null) annual.push({ row, enterpriseId: id, isNew: state.created.has(value.uscc), year: value.year, figures: figuresOf(value) });
    });
    tally(counts, 'annual', await upsertAnnualBatch(tx, actor, annual, ctx, audits, writes));
    if (audits.length) writes.send(chain.append(actor, audits));
    return counts;
  },
});
