import { Dec, sum } from '../exact';
import { type BudgetCategory, type BudgetSource, budgetCategoryLabels } from './catalog';
import { periodMonths } from './deadline';

export interface BudgetLine {
  category: BudgetCategory;
  source: BudgetSource;
  /** 元, up to 2 decimals. */
  amount: string;
}

export interface ApplicationContent {
  title: string | null;
  field: string | null;
  leader: { name: string; title?: string | null; phone?: string | null } | null;
  team: readonly { name: string; role?: string | null }[];
  startOn: string | null;
  endOn: string | null;
  budget: readonly BudgetLine[];
  goals: string | null;
  kpis: readonly { name: string; target: string }[];
  /** Kinds of the attachments uploaded so far. */
  attachmentKinds: readonly string[];
}

/** Rules a call (申报指南) sets for its applications. */
export interface CallRules {
  regionCode: string;
  requireInRegion: boolean;
  requireHnte: boolean;
  requireTechSme: boolean;
  requiredAttachments: readonly { kind: string; label: string }[];
  /** Largest fiscal amount one project may ask for, 元; null = no limit. */
  maxFiscalPerProject: string | null;
  /** Self-funding must be at least this multiple of fiscal funding ('1' = 1:1); null = no rule. */
  minSelfToFiscal: string | null;
  maxMonths: number | null;
}

/** What the enterprise master says about the applicant (信息一次填报: never retyped). */
export interface ApplicantFacts {
  name: string;
  regionCode: string;
  isHnte: boolean;
  isTechSme: boolean;
}

export interface Problem {
  field: string;
  message: string;
}

export function budgetTotals(budget: readonly BudgetLine[]) {
  const of = (s: BudgetSource) => sum(budget.filter((l) => l.source === s).map((l) => l.amount));
  const fiscal = of('fiscal');
  const self = of('self');
  return { fiscal: fiscal.toFixed(2), self: self.toFixed(2), total: fiscal.add(self).toFixed(2) };
}

export function eligibilityProblems(rules: CallRules, applicant: ApplicantFacts): Problem[] {
  const out: Problem[] = [];
  if (rules.requireInRegion && !applicant.regionCode.startsWith(rules.regionCode)) {
    out.push({ field: 'applicant', message: '申报单位须注册在本辖区内' });
  }
  if (rules.requireHnte && !applicant.isHnte) out.push({ field: 'applicant', message: '申报单位须为有效期内的高新技术企业' });
  if (rules.requireTechSme && !applicant.isTechSme) out.push({ field: 'applicant', message: '申报单位须为当年入库的科技型中小企业' });
  return out;
}

function budgetProblems(rules: CallRules, budget: readonly BudgetLine[]): Problem[] {
  const out: Problem[] = [];
  if (budget.length === 0) return [{ field: 'budget', message: '请填写经费预算' }];
  for (const l of budget) {
    if (!/^\d+(\.\d{1,2})?$/.test(l.amount)) out.push({ field: 'budget', message: `${budgetCategoryLabels[l.category]}金额应为非负数，最多两位小数` });
  }
  if (out.length) return out;
  const t = budgetTotals(budget);
  if (new Dec(t.total).isZero()) out.push({ field: 'budget', message: '经费预算合计不能为 0' });
  if (rules.maxFiscalPerProject && new Dec(t.fiscal).gt(rules.maxFiscalPerProject)) {
    out.push({ field: 'budget', message: `申请财政资金 ${t.fiscal} 元，超过单个项目上限 ${new Dec(rules.maxFiscalPerProject).toFixed(2)} 元` });
  }
  if (rules.minSelfToFiscal && new Dec(t.self).lt(new Dec(t.fiscal).mul(rules.minSelfToFiscal))) {
    out.push({ field: 'budget', message: `自筹资金不得低于财政资金的 ${rules.minSelfToFiscal} 倍` });
  }
  return out;
}

function periodProblems(rules: CallRules, c: ApplicationContent): Problem[] {
  if (!c.startOn || !c.endOn) return [{ field: 'period', message: '请填写项目起止日期' }];
  if (c.endOn <= c.startOn) return [{ field: 'period', message: '项目结束日期应晚于开始日期' }];
  const months = periodMonths(c.startOn, c.endOn);
  if (rules.maxMonths && months > rules.maxMonths) return [{ field: 'period', message: `实施期 ${months} 个月，超过指南规定的 ${rules.maxMonths} 个月` }];
  return [];
}

const blank = (s: string | null | undefined) => !s || !s.trim();

/** Everything that stops an application from being submitted, each naming its field. */
export function completenessProblems(rules: CallRules, applicant: ApplicantFacts, c: ApplicationContent): Problem[] {
  const out: Problem[] = [...eligibilityProblems(rules, applicant)];
  if (blank(c.title)) out.push({ field: 'title', message: '请填写项目名称' });
  if (blank(c.field)) out.push({ field: 'field', message: '请选择技术领域' });
  if (!c.leader || blank(c.leader.name)) out.push({ field: 'leader', message: '请填写项目负责人' });
  if (c.team.length === 0) out.push({ field: 'team', message: '请填写项目组成员' });
  out.push(...periodProblems(rules, c));
  out.push(...budgetProblems(rules, c.budget));
  if (blank(c.goals)) out.push({ field: 'goals', message: '请填写项目目标' });
  if (c.kpis.length === 0) out.push({ field: 'kpis', message: '请至少填写一项考核指标' });
  for (const a of rules.requiredAttachments) {
    if (!c.attachmentKinds.includes(a.kind)) out.push({ field: 'attachments', message: `缺少附件：${a.label}` });
  }
  return out;
}
