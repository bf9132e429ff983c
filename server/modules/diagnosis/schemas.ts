import { z } from 'zod';

export { diagnosisResponse } from './response-schemas';

// Up to 10^15 元 with at most 2 decimals: far above any enterprise, and exact in the domain's arithmetic.
const moneyPattern = /^\d{1,15}(\.\d{1,2})?$/;
const money = (title: string) =>
  z.string({ error: '应为字符串形式的金额' })
    .regex(moneyPattern, { error: '应为不超过两位小数的非负金额（元），如 "12000000.00"' })
    .meta({ title, description: '金额（元），非负，最多两位小数', examples: ['12000000.00'] });
// Net assets = assets − liabilities and are negative for an insolvent firm; the growth rules
// handle that (domain/hnte-growth.ts), and stored annual data allows it too.
const signedMoney = (title: string) =>
  z.string({ error: '应为字符串形式的金额' })
    .regex(/^-?\d{1,15}(\.\d{1,2})?$/, { error: '应为不超过两位小数的金额（元），如 "5000000.00"，可为负数' })
    .meta({ title, description: '金额（元），最多两位小数，可为负数', examples: ['5000000.00'] });
const count = (title: string, max = 1_000_000) => z.int().min(0).max(max).meta({ title });
const flag = (title: string) => z.boolean().meta({ title });
const isoDate = (title: string) =>
  z.iso.date({ error: '应为有效日期，格式 YYYY-MM-DD' })
    .refine((v) => v >= '1949-01-01' && v <= '2100-12-31', { error: '应在 1949-01-01 至 2100-12-31 之间' })
    .meta({ title });

const yearFigures = z.object({
  year: z.int().min(1949).max(2100).meta({ title: '会计年度' }),
  salesRevenue: money('销售收入'),
  totalIncome: money('总收入'),
  rdExpense: money('研发费用'),
  rdExpenseDomestic: money('境内研发费用'),
  netAssets: signedMoney('净资产'),
  totalAssets: money('资产总额'),
  totalCost: money('成本费用支出总额'),
  highTechIncome: money('高新技术产品（服务）收入'),
  conversions: count('科技成果转化数', 10_000),
}).meta({ title: '年度财务数据' });

export const diagnosisBody = z.object({
  asOf: isoDate('评价日期'),
  foundedOn: isoDate('成立日期'),
  employees: count('职工总数', 10_000_000),
  techStaff: count('科技人员数', 10_000_000),
  years: z.array(yearFigures)
    .min(1, { error: '请至少填写 1 个会计年度' })
    .max(3, { error: '最多填写最近 3 个会计年度' })
    .meta({ title: '年度财务数据', description: '最近 1–3 个完整会计年度，从早到晚' }),
  ip: z.object({
    class1: count('Ⅰ类知识产权数量'),
    class2: count('Ⅱ类知识产权数量'),
    selfDeveloped: z.boolean().optional()
      .meta({ title: '有自主研发的知识产权', description: 'false 表示全部通过受让、受赠、并购取得' }),
  }).meta({ title: '知识产权' }),
  hasCoreIp: flag('知识产权对主要产品（服务）起核心支持作用'),
  inKeyTechField: flag('属于国家重点支持的高新技术领域'),
  seriousIncident: flag('近一年发生重大安全、质量事故或严重环境违法行为'),
  restrictedIndustry: flag('属于限制类、淘汰类或不适用加计扣除的行业'),
  direct: z.object({
    validHnte: flag('拥有有效期内高新技术企业资格'),
    nationalAwardTop3: flag('近五年获国家级科技奖励并在获奖单位中排名前三'),
    ministerialRdInstitution: flag('拥有省部级以上研发机构'),
    ledStandard: flag('近五年主导制定国际、国家或行业标准'),
  }).meta({ title: '直通车条件' }),
});
export type DiagnosisBody = z.infer<typeof diagnosisBody>;

export const usccParams = z.object({
  code: z.string().min(1).max(64).meta({ title: '统一社会信用代码' }),
});

export const usccResponse = z.object({
  valid: z.boolean().meta({ title: '是否有效' }),
  code: z.string().meta({ title: '规范化后的代码' }),
  authority: z.string().nullable().meta({ title: '登记管理部门' }),
  category: z.string().nullable().meta({ title: '机构类别' }),
  regionCode: z.string().nullable().meta({ title: '登记管理机关行政区划码' }),
  reason: z.string().nullable().meta({ title: '无效原因' }),
});
