/**
 * exportToXlsx alone on 100,000 企业及年度数据 rows (no database): how long the writer takes.
 * Run: node --import tsx scripts/bench/export-xlsx.ts [rows] [--out file.xlsx] [--module path]
 * --module takes exportToXlsx from another file, e.g. an older export.ts copied out of git
 * (`git show REV:server/platform/excel/export.ts`, its relative imports made absolute).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { composeUscc } from '../../domain/uscc';
import { hnteEntries, industryEntries } from '../../server/modules/enterprises/excel/dictionaries';
import { enterpriseSheet, type EnterpriseSheetRow } from '../../server/modules/enterprises/excel/sheet';
import { resolveEntries } from '../../server/platform/excel/dictionary';
import { exportToXlsx as current } from '../../server/platform/excel/export';

const rows = Number(process.argv[2] ?? 100_000);
const outAt = process.argv.indexOf('--out');
const moduleAt = process.argv.indexOf('--module');
const exportToXlsx: typeof current = moduleAt > 0 ? ((await import(path.resolve(process.argv[moduleAt + 1]!))) as { exportToXlsx: typeof current }).exportToXlsx : current;
const regions = [['341522100', '城关镇'], ['341522101', '河口镇'], ['341522102', '周集镇'], ['341522', '霍邱县']] as const;

async function* generated(n: number): AsyncGenerator<Partial<EnterpriseSheetRow>> {
  for (let i = 1; i <= n; i++) {
    yield {
      uscc: composeUscc('91', '341522', `BN${String(i).padStart(6, '0')}`), name: `基准测试企业${i}有限公司`, region: regions[i % regions.length]![0],
      industry: i % 3 ? '35' : '39', foundedOn: `${2010 + (i % 12)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      address: `霍邱县测试路${i}号 <A&B>`, legalRep: '张三', contactName: i % 5 ? '李四' : null, phone: `139${String(i).padStart(8, '0')}`, hnteField: '80402',
      year: 2025, employees: 50 + (i % 500), techStaff: 10 + (i % 40), salesRevenue: `${30_000_000 + i}.00`, totalIncome: `${31_000_000 + i}.10`,
      totalAssets: '40000000.00', netAssets: '-25000000.00', totalCost: '26000000.00', rdExpense: '1800000.50', rdExpenseDomestic: '1800000.50',
      highTechIncome: '20000000.00', ipClass1: i % 3, ipClass2: i % 9, conversions: i % 4,
    };
  }
}

const dicts = new Map([
  ['region', resolveEntries(regions.map(([value, label]) => ({ value, label })))],
  ['industry', resolveEntries(industryEntries)],
  ['hnteField', resolveEntries(hnteEntries)],
]);
const start = performance.now();
const { buffer } = await exportToXlsx({ sheet: enterpriseSheet, rows: generated(rows), dicts, showPersonalData: true });
const ms = performance.now() - start;
console.log(`${rows} rows: ${(ms / 1000).toFixed(2)} s, ${(buffer!.length / 1e6).toFixed(1)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
if (outAt > 0) fs.writeFileSync(process.argv[outAt + 1]!, buffer!);
