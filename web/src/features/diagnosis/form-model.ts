import { checkDiagnosisInput, type DiagnosisInput, type YearFigures } from '../../../../domain/diagnosis';
import { diagnosisExample } from '../../../../domain/diagnosis-example';

/** Form field path as Ant Design wants it: 'years.1.year' → ['years', 1, 'year']. */
export const namePath = (field: string): (string | number)[] =>
  field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

export const moneyFields = [
  ['salesRevenue', '销售收入'],
  ['totalIncome', '总收入'],
  ['rdExpense', '研发费用'],
  ['rdExpenseDomestic', '其中：境内研发费用'],
  ['highTechIncome', '高新技术产品（服务）收入'],
  ['totalCost', '成本费用支出总额'],
  ['totalAssets', '资产总额'],
  ['netAssets', '净资产'],
] as const satisfies readonly (readonly [keyof YearFigures, string])[];

export const emptyYear = (year: number): Partial<YearFigures> => ({ year, conversions: 0 });

/** A blank form for the last three complete fiscal years before `today`. */
export function initialValues(today: string): Partial<DiagnosisInput> {
  const y = Number(today.slice(0, 4));
  return {
    asOf: today,
    years: [y - 3, y - 2, y - 1].map(emptyYear) as YearFigures[],
    ip: { class1: 0, class2: 0, selfDeveloped: true },
    seriousIncident: false,
    restrictedIndustry: false,
    direct: { validHnte: false, nationalAwardTop3: false, ministerialRdInstitution: false, ledStandard: false },
  };
}

/** The worked example of the rules, so a visitor can see a result before typing anything. */
export const exampleValues = (): DiagnosisInput => structuredClone(diagnosisExample);

/**
 * The form holds the API shape already (dates and amounts as strings); this only drops empty
 * inputs that Ant Design reports as null and runs the same cross-field checks as the server.
 */
export function toInput(values: DiagnosisInput): { input: DiagnosisInput; issues: { field: string; message: string }[] } {
  const input: DiagnosisInput = {
    ...values,
    years: values.years.map((y) => ({ ...y, conversions: y.conversions ?? 0 })),
    ip: { ...values.ip, selfDeveloped: values.ip.selfDeveloped ?? undefined },
  };
  return { input, issues: checkDiagnosisInput(input) };
}
