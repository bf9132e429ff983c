import { and, inArray, sql } from 'drizzle-orm';
import { chinaDate, yearOf } from '../../../../domain/enterprise/dates';
import { enterprises } from '../../../db/schema';
import { AppError } from '../../../platform/errors';
import { createImportTask, type ImportRow, type ImportRowIssue } from '../../../platform/excel';
import { type EnterpriseImportRow, upsertAnnualData, upsertEnterpriseByUscc } from '../import-export';
import { type EnterpriseSheetRow, enterpriseSheet, figuresOf } from './sheet';

type Issue = ImportRowIssue<keyof EnterpriseSheetRow & string>;

/** A blank optional cell keeps what is stored (undefined), it never clears it. */
const keep = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

function masterOf(v: EnterpriseSheetRow): EnterpriseImportRow {
  return {
    uscc: v.uscc, name: v.name, regionCode: v.region, industryCode: keep(v.industry), foundedOn: keep(v.foundedOn), address: keep(v.address),
    legalRep: keep(v.legalRep), contactName: keep(v.contactName), phone: keep(v.phone), hnteFieldCode: keep(v.hnteField),
  };
}

const bump = (counts: Record<string, number>, key: string) => void (counts[key] = (counts[key] ?? 0) + 1);

/**
 * 企业及年度数据 import (issue 3): enterprises upserted by USCC, figures by USCC + year, through the
 * enterprise services (their checks, revisions and audit rows), all rows in one transaction.
 */
export const enterpriseImport = createImportTask({
  kind: 'enterprises.import',
  sheet: enterpriseSheet,
  async checkBatch(rows, { ctx, scope }) {
    const today = chinaDate(ctx.now());
    const issues: Issue[] = [];
    const usccs = [...new Set(rows.map((r) => r.value.uscc))];
    const elsewhere = await ctx.database.db.select({ uscc: enterprises.uscc }).from(enterprises)
      .where(and(inArray(enterprises.uscc, usccs), sql`${enterprises.regionCode} not like ${`${scope.regionCode}%`}`));
    const outside = new Set(elsewhere.map((e) => e.uscc));
    for (const { row, value: v } of rows) {
      if (outside.has(v.uscc)) issues.push({ row, column: 'uscc', message: '该企业已在其他地区登记，不在您的管辖范围内，不能导入' });
      if (v.year !== null && v.year > yearOf(today)) issues.push({ row, column: 'year', message: `应为 2000–${yearOf(today)} 之间的年份` });
      if (v.foundedOn !== null && v.foundedOn > today) issues.push({ row, column: 'foundedOn', message: '不能晚于今天' });
    }
    return issues;
  },
  async commitBatch(tx, rows: ImportRow<EnterpriseSheetRow>[], { ctx, scope, actor }) {
    const counts: Record<string, number> = {};
    for (const { row, value } of rows) {
      try {
        const { id, action } = await upsertEnterpriseByUscc(tx, scope, actor, masterOf(value), ctx);
        bump(counts, `enterprises_${action}`);
        if (value.year !== null) bump(counts, `annual_${(await upsertAnnualData(tx, scope, actor, id, value.year, figuresOf(value), ctx)).action}`);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        throw new AppError(err.code, `第 ${row} 行：${err.message}。整个文件已撤销，未写入任何数据。`, err.details.map((d) => ({ ...d, row })));
      }
    }
    return counts;
  },
});
