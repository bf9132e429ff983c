import { annualCountFields, annualFieldLabels, annualFiguresProblems, type AnnualFigures, annualMoneyFields } from '../../../../domain/enterprise/annual';
import { defineSheet, regionsInScope, type RowIssue, type RowOf } from '../../../platform/excel';
import { hnteEntries, industryEntries } from './dictionaries';

const money = (key: (typeof annualMoneyFields)[number]) =>
  ({ key, header: `${annualFieldLabels[key]}（元）`, kind: 'decimal', scale: 2, ...(key === 'netAssets' ? {} : { min: 0 }), width: 18 }) as const;
const count = (key: (typeof annualCountFields)[number]) =>
  ({ key, header: annualFieldLabels[key], kind: 'integer', min: 0, max: 10_000_000, width: 14 }) as const;

const columns = [
  { key: 'uscc', header: '统一社会信用代码', kind: 'uscc', required: true, width: 24 },
  { key: 'name', header: '企业名称', kind: 'text', required: true, maxLength: 100, width: 32 },
  { key: 'region', header: '所在地区', kind: 'region', required: true, dictionary: regionsInScope({ levels: [3, 4] }), aliases: ['所在乡镇', '所属乡镇', '所属地区'], note: '县（区）或乡镇（街道），可填名称或 6/9 位区划代码', width: 18 },
  { key: 'industry', header: '所属行业', kind: 'enum', dictionary: industryEntries, note: 'GB/T 4754-2017 国民经济行业大类', width: 36 },
  { key: 'foundedOn', header: '成立日期', kind: 'date', width: 14 },
  { key: 'address', header: '地址', kind: 'text', maxLength: 200, width: 30 },
  { key: 'legalRep', header: '法定代表人', kind: 'text', maxLength: 50 },
  { key: 'contactName', header: '联系人', kind: 'text', maxLength: 50 },
  { key: 'phone', header: '联系电话', kind: 'phone', width: 16 },
  { key: 'hnteField', header: '技术领域', kind: 'enum', dictionary: hnteEntries, note: '《国家重点支持的高新技术领域》，选到最细一级', width: 36 },
  { key: 'year', header: '年度', kind: 'integer', min: 2000, max: 2100, note: '填写年度数据时必填', width: 10 },
  count('employees'), count('techStaff'),
  money('salesRevenue'), money('totalIncome'), money('totalAssets'), money('netAssets'), money('totalCost'),
  money('rdExpense'), money('rdExpenseDomestic'), money('highTechIncome'),
  count('ipClass1'), count('ipClass2'), count('conversions'),
] as const;

/** The typed row of the sheet. */
export type EnterpriseSheetRow = RowOf<typeof columns>;

/** 企业及年度数据: the enterprise master and, on the same row, one year's figures (issue 3). */
export const enterpriseSheet = defineSheet({
  name: '企业及年度数据',
  title: '企业及年度数据导入模板',
  instructions: [
    '每行填写一家企业；同时填写“年度”和各项年度数据时，一并导入该企业该年度的数据。同一企业的多个年度请分行填写，企业信息各行保持一致（以最后一行为准）。',
    '企业按统一社会信用代码识别：已登记的企业会更新所填写的信息，留空的企业信息项不会覆盖系统中已有的内容；未登记的企业会新建。',
    '只能导入本单位管辖范围内的企业；已在其他地区登记的企业请联系所在地科技局。',
    '金额单位为元，最多两位小数；人数、件数为整数。填写年度时，全部年度数据项均为必填（没有的填 0）。',
  ],
  uniqueBy: ['uscc', 'year'],
  columns,
  rowRules(row) {
    const problems: RowIssue<keyof EnterpriseSheetRow & string>[] = [];
    if (row.foundedOn !== null && row.foundedOn < '1949-01-01') problems.push({ column: 'foundedOn', message: '不能早于 1949 年' });
    const figureKeys = [...annualCountFields, ...annualMoneyFields];
    if (row.year === null) {
      if (figureKeys.some((k) => row[k] !== null)) problems.push({ column: 'year', message: '填写了年度数据，必须同时填写年度' });
      return problems;
    }
    const missing = figureKeys.filter((k) => row[k] === null);
    for (const k of missing) problems.push({ column: k, message: `填写了年度（${row.year}）时此项必填，没有请填 0` });
    if (!missing.length) problems.push(...annualFiguresProblems(figuresOf(row)).map((p) => ({ column: p.field, message: p.message })));
    return problems;
  },
});

/** The year's figures of a row whose figures are all present (checked by rowRules). */
export function figuresOf(row: EnterpriseSheetRow): AnnualFigures {
  const out: Partial<Record<keyof AnnualFigures, unknown>> = {};
  for (const k of annualCountFields) out[k] = row[k];
  for (const k of annualMoneyFields) out[k] = row[k];
  return out as AnnualFigures;
}
