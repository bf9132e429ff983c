import { and, asc, count, eq, gt, like, or, type SQL, sql } from 'drizzle-orm';
import { boolean, date, integer, numeric, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { DbOrTx } from '../../../db/client';
import { inRegion, type Scope } from '../../authz/scope';
import { createExportTask, type ExportQuery } from '../export-task';
import { pagedRows } from '../export';
import { createImportTask } from '../import-task';
import { defineSheet, type RowOfSheet } from '../sheet';
import { changedWhere, countsOf, excludedSet, insertedFlag } from '../upsert';

/** Test-only table; created by the tests in their own database (no migration). */
export const sampleRows = pgTable('excel_sample_rows', {
  uscc: text('uscc').notNull(),
  year: integer('year').notNull(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  industry: text('industry'),
  size: text('size'),
  founded: date('founded', { mode: 'string' }),
  employees: integer('employees'),
  techStaff: integer('tech_staff'),
  revenue: numeric('revenue', { precision: 16, scale: 2 }),
  highTech: boolean('high_tech'),
  mobile: text('mobile'),
  revision: integer('revision').notNull().default(1),
}, (t) => [primaryKey({ columns: [t.uscc, t.year] })]);

export const createSampleTable = `create table if not exists excel_sample_rows (
  uscc text not null, year integer not null, name text not null, region_code text not null, industry text, size text,
  founded date, employees integer, tech_staff integer, revenue numeric(16,2), high_tech boolean, mobile text,
  revision integer not null default 1, primary key (uscc, year))`;

/** 40 industries: more than an inline dropdown list (255 characters) can hold. */
export const industries = Array.from({ length: 40 }, (_, i) => ({ label: `测试行业门类第${String(i + 1).padStart(2, '0')}类（含细分领域）`, value: `I${String(i + 1).padStart(2, '0')}` }));

export const sampleSheet = defineSheet({
  name: '企业年度数据',
  title: '测试企业年度数据导入模板',
  instructions: ['每家企业每个年度填写一行。'],
  uniqueBy: ['uscc', 'year'],
  columns: [
    { key: 'uscc', header: '统一社会信用代码', kind: 'uscc', required: true, width: 24 },
    { key: 'name', header: '企业名称', kind: 'text', required: true, maxLength: 100, width: 30 },
    { key: 'region', header: '所在乡镇', kind: 'region', required: true, note: '填写乡镇（街道）名称或区划代码' },
    { key: 'industry', header: '所属行业', kind: 'enum', dictionary: async () => industries },
    { key: 'size', header: '企业规模', kind: 'enum', dictionary: { 大型: 'L', 中型: 'M', 小型: 'S', 微型: 'XS' } },
    { key: 'founded', header: '成立日期', kind: 'date' },
    { key: 'year', header: '年度', kind: 'integer', required: true, min: 2000, max: 2100 },
    { key: 'employees', header: '从业人员数', kind: 'integer', min: 0 },
    { key: 'techStaff', header: '科技人员数', kind: 'integer', min: 0 },
    { key: 'revenue', header: '营业收入（万元）', kind: 'decimal', scale: 2, min: 0 },
    { key: 'highTech', header: '是否高新技术企业', kind: 'boolean' },
    { key: 'mobile', header: '联系人手机', kind: 'mobile' },
  ],
  rowRules(row) {
    if (row.employees !== null && row.techStaff !== null && row.techStaff > row.employees) {
      return [{ column: 'techStaff', message: `科技人员数（${row.techStaff}）不能大于从业人员数（${row.employees}）` }];
    }
  },
});

export type SampleRow = RowOfSheet<typeof sampleSheet>;

const dataColumns = ['name', 'regionCode', 'industry', 'size', 'founded', 'employees', 'techStaff', 'revenue', 'highTech', 'mobile'] as const;

export const sampleImport = createImportTask({
  kind: 'test.sample.import',
  sheet: sampleSheet,
  async checkBatch(rows, { scope }) {
    // A stand-in for "this enterprise belongs to another county": USCCs reserved by a test.
    return rows.filter((r) => reservedUscc.has(r.value.uscc)).map((r) => ({ row: r.row, column: 'uscc' as const, message: `该企业不在${scope.regionCode}管辖范围内` }));
  },
  async commitBatch(tx, rows) {
    const values = rows.map(({ value: v }) => ({
      uscc: v.uscc, year: v.year, name: v.name, regionCode: v.region, industry: v.industry, size: v.size, founded: v.founded,
      employees: v.employees, techStaff: v.techStaff, revenue: v.revenue, highTech: v.highTech, mobile: v.mobile,
    }));
    const returned = await tx.insert(sampleRows).values(values)
      .onConflictDoUpdate({
        target: [sampleRows.uscc, sampleRows.year],
        set: { ...excludedSet(sampleRows, dataColumns), revision: sql`${sampleRows.revision} + 1` },
        setWhere: changedWhere(sampleRows, dataColumns),
      })
      .returning(insertedFlag);
    if (failOnCommit.row && rows.some((r) => r.row === failOnCommit.row)) throw new Error('simulated failure');
    return countsOf(returned, rows.length);
  },
});

export const reservedUscc = new Set<string>();
export const failOnCommit: { row: number | null } = { row: null };

const filter = z.object({
  q: z.string().optional(),
  year: z.coerce.number().int().optional(),
});

function where(scope: Scope, f: z.infer<typeof filter>): SQL | undefined {
  return and(inRegion(scope, sampleRows.regionCode), f.q ? like(sampleRows.name, `%${f.q}%`) : undefined, f.year ? eq(sampleRows.year, f.year) : undefined);
}

export const sampleExport: ExportQuery<z.infer<typeof filter>, SampleRow> = {
  filter,
  async count(db: DbOrTx, scope, f) {
    const [row] = await db.select({ n: count() }).from(sampleRows).where(where(scope, f));
    return row?.n ?? 0;
  },
  matching(db: DbOrTx, scope, f) {
    return db.select({ one: sql`1` }).from(sampleRows).where(where(scope, f));
  },
  rows(db: DbOrTx, scope, f) {
    type Cursor = { uscc: string; year: number };
    return pagedRows<SampleRow, Cursor>(
      (after, limit) => db.select().from(sampleRows)
        .where(and(where(scope, f), after ? or(gt(sampleRows.uscc, after.uscc), and(eq(sampleRows.uscc, after.uscc), gt(sampleRows.year, after.year))) : undefined))
        .orderBy(asc(sampleRows.uscc), asc(sampleRows.year)).limit(limit)
        .then((rows) => rows.map((r) => ({ ...r, region: r.regionCode }))),
      (r) => ({ uscc: r.uscc, year: r.year }),
      500,
    );
  },
};

export const sampleExportTask = createExportTask('test.sample.export', sampleSheet, sampleExport);
