import { Dec } from './exact';

/** One complete fiscal year; amounts are decimal strings in 元. */
export interface YearFigures {
  year: number;
  salesRevenue: string;
  /** 总收入 = 收入总额 − 不征税收入. */
  totalIncome: string;
  rdExpense: string;
  /** Part of rdExpense incurred inside China. */
  rdExpenseDomestic: string;
  netAssets: string;
  totalAssets: string;
  /** 成本费用支出总额. */
  totalCost: string;
  highTechIncome: string;
  /** 科技成果转化 counted in this year. */
  conversions: number;
}

export interface DirectQualification {
  validHnte: boolean;
  nationalAwardTop3: boolean;
  ministerialRdInstitution: boolean;
  ledStandard: boolean;
}

export interface DiagnosisInput {
  /** ISO date the assessment refers to (e.g. the application date). */
  asOf: string;
  foundedOn: string;
  employees: number;
  techStaff: number;
  /** Last 1–3 complete fiscal years, oldest first. */
  years: YearFigures[];
  /** selfDeveloped: false = every item was only transferred, gifted or acquired. */
  ip: { class1: number; class2: number; selfDeveloped?: boolean };
  hasCoreIp: boolean;
  inKeyTechField: boolean;
  seriousIncident: boolean;
  restrictedIndustry: boolean;
  direct: DirectQualification;
}

export function latestYear(input: DiagnosisInput): YearFigures {
  const latest = input.years[input.years.length - 1];
  if (!latest) throw new Error('diagnosis needs at least one fiscal year');
  return latest;
}

export interface InputIssue {
  /** Dotted path into DiagnosisInput, e.g. "years.1.year". */
  field: string;
  message: string;
}

const yearLabel = (i: number, y: YearFigures) => `第 ${i + 1} 年（${y.year} 年）`;
/** a ≤ b exactly; an unparseable amount is the field check's business, not ours. */
function le(a: string, b: string): boolean {
  try {
    return new Dec(a).lte(b);
  } catch {
    return true;
  }
}

/**
 * Cross-field checks that a field-by-field schema cannot express; shared by the API (→ 400) and
 * the web form. Assumes each field already has the right type and format.
 */
export function checkDiagnosisInput(input: DiagnosisInput): InputIssue[] {
  const issues: InputIssue[] = [];
  const { years } = input;
  if (input.foundedOn > input.asOf) issues.push({ field: 'foundedOn', message: '成立日期不能晚于评价日期' });
  if (input.techStaff > input.employees) issues.push({ field: 'techStaff', message: '科技人员数不能大于职工总数' });
  if (years.length < 1 || years.length > 3) issues.push({ field: 'years', message: '请填写最近 1–3 个完整会计年度' });
  years.forEach((y, i) => {
    const prev = years[i - 1];
    if (prev && y.year !== prev.year + 1) {
      issues.push({ field: `years.${i}.year`, message: `${yearLabel(i, y)}：年度须从早到晚连续填写（应为 ${prev.year + 1} 年）` });
    }
    if (y.year >= Number(input.asOf.slice(0, 4))) {
      issues.push({ field: `years.${i}.year`, message: `${yearLabel(i, y)}：须为评价日期之前已结束的会计年度` });
    }
    if (y.year < Number(input.foundedOn.slice(0, 4))) {
      issues.push({ field: `years.${i}.year`, message: `${yearLabel(i, y)}：早于成立年份` });
    }
    if (!le(y.rdExpenseDomestic, y.rdExpense)) {
      issues.push({ field: `years.${i}.rdExpenseDomestic`, message: `${yearLabel(i, y)}：境内研发费用不能大于研发费用总额` });
    }
    if (!le(y.highTechIncome, y.totalIncome)) {
      issues.push({ field: `years.${i}.highTechIncome`, message: `${yearLabel(i, y)}：高新技术产品（服务）收入不能大于总收入` });
    }
    if (!le(y.netAssets, y.totalAssets)) {
      issues.push({ field: `years.${i}.netAssets`, message: `${yearLabel(i, y)}：净资产不能大于资产总额` });
    }
  });
  return issues;
}
