import { describe, expect, it } from 'vitest';
import { type ApplicantFacts, type ApplicationContent, budgetTotals, type CallRules, completenessProblems } from './completeness';
import { chinaDate, chinaDateTime, daysFrom, periodMonths, windowState } from './deadline';

const rules: CallRules = {
  regionCode: '341522',
  requireInRegion: true,
  requireHnte: false,
  requireTechSme: true,
  requiredAttachments: [{ kind: 'licence', label: '营业执照' }, { kind: 'budget_book', label: '经费预算书' }],
  maxFiscalPerProject: '500000',
  minSelfToFiscal: '1',
  maxMonths: 24,
};
const applicant: ApplicantFacts = { name: '演示公司', regionCode: '341522100', isHnte: false, isTechSme: true };
const complete: ApplicationContent = {
  title: '智能农机装备关键部件研发',
  field: 'manufacturing',
  leader: { name: '张工', title: '高级工程师' },
  team: [{ name: '李工' }],
  startOn: '2026-07-01',
  endOn: '2028-06-30',
  budget: [
    { category: 'equipment', source: 'fiscal', amount: '300000' },
    { category: 'business', source: 'fiscal', amount: '200000.00' },
    { category: 'equipment', source: 'self', amount: '450000.50' },
    { category: 'labour', source: 'self', amount: '49999.50' },
  ],
  goals: '完成样机并实现量产',
  kpis: [{ name: '发明专利申请', target: '2 件' }],
  attachmentKinds: ['licence', 'budget_book'],
};
const messages = (c: Partial<ApplicationContent>, r: Partial<CallRules> = {}, a: Partial<ApplicantFacts> = {}) =>
  completenessProblems({ ...rules, ...r }, { ...applicant, ...a }, { ...complete, ...c }).map((p) => p.message);

describe('completeness before submission', () => {
  it('passes a complete application at the exact limits (fiscal = max, self = 1 × fiscal, 24 months)', () => {
    expect(messages({})).toEqual([]);
    expect(budgetTotals(complete.budget)).toEqual({ fiscal: '500000.00', self: '500000.00', total: '1000000.00' });
  });

  it('lists every missing part, naming it', () => {
    const empty: ApplicationContent = { title: ' ', field: null, leader: null, team: [], startOn: null, endOn: null, budget: [], goals: '', kpis: [], attachmentKinds: [] };
    expect(completenessProblems(rules, applicant, empty).map((p) => `${p.field}:${p.message}`)).toEqual([
      'title:请填写项目名称', 'field:请选择技术领域', 'leader:请填写项目负责人', 'team:请填写项目组成员', 'period:请填写项目起止日期',
      'budget:请填写经费预算', 'goals:请填写项目目标', 'kpis:请至少填写一项考核指标', 'attachments:缺少附件：营业执照', 'attachments:缺少附件：经费预算书',
    ]);
  });

  it('checks the budget against the call', () => {
    const fiscal = (a: string) => [{ category: 'equipment' as const, source: 'fiscal' as const, amount: a }, { category: 'equipment' as const, source: 'self' as const, amount: '600000' }];
    expect(messages({ budget: fiscal('500000.01') })).toEqual(['申请财政资金 500000.01 元，超过单个项目上限 500000.00 元']);
    expect(messages({ budget: fiscal('100'), }, { minSelfToFiscal: '10000' })).toEqual(['自筹资金不得低于财政资金的 10000 倍']);
    expect(messages({ budget: fiscal('1.234') })).toEqual(['设备费金额应为非负数，最多两位小数']);
    expect(messages({ budget: [{ category: 'equipment', source: 'self', amount: '0' }] })).toEqual(['经费预算合计不能为 0']);
  });

  it('checks the period', () => {
    expect(messages({ endOn: '2026-07-01' })).toEqual(['项目结束日期应晚于开始日期']);
    expect(messages({ endOn: '2028-07-01' })).toEqual(['实施期 25 个月，超过指南规定的 24 个月']);
  });

  it('checks eligibility from the enterprise master', () => {
    expect(messages({}, {}, { regionCode: '341523001' })).toEqual(['申报单位须注册在本辖区内']);
    expect(messages({}, { requireHnte: true }, { isTechSme: false })).toEqual(['申报单位须为有效期内的高新技术企业', '申报单位须为当年入库的科技型中小企业']);
  });
});

describe('dates in China time', () => {
  it('formats instants as UTC+8', () => {
    expect(chinaDateTime(new Date('2026-05-31T16:30:00Z'))).toBe('2026-06-01 00:30');
    expect(chinaDate(new Date('2026-05-31T15:59:59Z'))).toBe('2026-05-31');
  });

  it('window includes both ends', () => {
    const w = { opensAt: new Date('2026-04-01T00:00:00Z'), closesAt: new Date('2026-04-30T09:00:00Z') };
    expect(windowState(w, new Date('2026-03-31T23:59:59.999Z'))).toBe('not_open');
    expect(windowState(w, w.opensAt)).toBe('open');
    expect(windowState(w, w.closesAt)).toBe('open');
    expect(windowState(w, new Date(w.closesAt.getTime() + 1))).toBe('closed');
  });

  it('counts days and months', () => {
    expect(daysFrom('2024-02-28', '2024-03-01')).toBe(2);
    expect(periodMonths('2026-01-01', '2027-12-31')).toBe(24);
    expect(periodMonths('2026-01-15', '2026-02-14')).toBe(1);
    expect(periodMonths('2026-01-15', '2026-02-15')).toBe(2);
  });
});
