import type pg from 'pg';
import { hnteValidUntil } from '../../domain/enterprise/tiers';
import { composeUscc } from '../../domain/uscc';
import { industryProfiles, pickIndustry, prng } from '../../server/db/seed/demo-enterprise-data';
import { dayIso, money, scaleId } from './ids';
import { type Col, insertGenerated, type Progress, type Row } from './insert';
import type { ScalePlan } from './plan';
import type { World } from './world';

/** What later generators need to know about each enterprise (kept in memory, 200k small objects). */
export interface EnterpriseFact {
  id: string;
  county: number;
  regionCode: string;
  name: string;
  uscc: string;
  industry: number;
}

const first = ['瑞', '恒', '润', '泽', '嘉', '启', '鼎', '华', '晟', '禾', '鑫', '卓', '远', '弘', '朗', '铭', '沃', '骏', '擎', '岳', '淮', '皖', '乾', '丰', '汇', '昊', '达', '硕', '聚', '博'];
const second = ['丰', '远', '瑞', '达', '泰', '诚', '邦', '祥', '拓', '创', '安', '和', '科', '联', '晖', '盛', '合', '宇', '川', '峰', '辰', '霖', '信', '迈', '锐', '邑', '阳', '智', '航', '捷'];
const suffixes = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司'];
const tagPool = ['包保重点', '拟上市', '专利大户', '研发平台', '产学研合作'];
const stages = [null, null, 'team', 'startup', 'startup', 'incubating', 'hnte'] as const;

const enterpriseCols: Col[] = [
  { name: 'id', type: 'uuid' }, { name: 'uscc', type: 'text' }, { name: 'name', type: 'text' }, { name: 'region_code', type: 'text' },
  { name: 'industry_code', type: 'text' }, { name: 'founded_on', type: 'date' }, { name: 'address', type: 'text' }, { name: 'legal_rep', type: 'text' },
  { name: 'contact_name', type: 'text' }, { name: 'phone_enc', type: 'text' }, { name: 'hnte_field_code', type: 'text' }, { name: 'tags', type: 'text', cast: '::text[]' },
  { name: 'cadre_user_id', type: 'uuid' }, { name: 'funnel_stage', type: 'text' }, { name: 'is_demo', type: 'bool' },
  { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
];

const people = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const given = ['建国', '明华', '志强', '海燕', '晓东', '立新', '秀英', '伟', '军', '德成'];

export async function seedEnterprises(db: pg.ClientBase, plan: ScalePlan, world: World, progress: Progress): Promise<EnterpriseFact[]> {
  const r = prng(plan.seed * 1_000 + 1);
  const facts: EnterpriseFact[] = [];
  await insertGenerated(db, progress, 'enterprises', enterpriseCols, plan.enterprises, (i) => {
    const county = world.counties[r.int(0, world.counties.length - 1)]!;
    const town = county.towns.length && r.chance(0.85) ? r.pick(county.towns) : null;
    const p = pickIndustry(r);
    const industry = industryProfiles.indexOf(p);
    const name = `${county.short}${r.pick(first)}${r.pick(second)}${p.word}${r.pick(suffixes)}`;
    const uscc = composeUscc('91', county.code, `K${String(i).padStart(7, '0')}`);
    const regionCode = town?.code ?? county.code;
    const updated = new Date(Date.UTC(2024, 0, 1) + r.int(0, 1_000) * 86_400_000 + r.int(0, 86_399) * 1000);
    facts.push({ id: scaleId('enterprise', i + 1), county: county.index, regionCode, name, uscc, industry });
    const tags = r.chance(0.15) ? `{${r.pick(tagPool)}}` : '{}';
    return [[
      scaleId('enterprise', i + 1), uscc, name, regionCode, p.code, dayIso(r.int(0, 9_100)), `${county.name}${town?.name ?? ''}${r.int(1, 300)}号`,
      r.pick(people) + r.pick(given), r.pick(people) + r.pick(given), r.pick(world.phones), p.fields.length && r.chance(0.6) ? r.pick(p.fields) : null, tags,
      r.chance(0.4) ? county.staffUserId : null, r.pick(stages), true, updated, updated,
    ]];
  });
  return facts;
}

const annualCols: Col[] = [
  'id', 'enterprise_id', 'year', 'employees', 'tech_staff', 'sales_revenue', 'total_income', 'total_assets', 'net_assets', 'total_cost',
  'rd_expense', 'rd_expense_domestic', 'high_tech_income', 'ip_class1', 'ip_class2', 'conversions',
].map((name, i) => ({ name, type: i < 2 ? 'uuid' : i <= 4 || i >= 13 ? 'int' : 'numeric' }) as Col);

/** Five fiscal years per enterprise, growing from a random size; tech share from the industry profile. */
export async function seedAnnual(db: pg.ClientBase, plan: ScalePlan, facts: EnterpriseFact[], progress: Progress): Promise<void> {
  const r = prng(plan.seed * 1_000 + 2);
  let n = 0;
  await insertGenerated(db, progress, 'enterprise_annual_data', annualCols, facts.length, (i) => {
    const f = facts[i]!;
    const tech = industryProfiles[f.industry]!.tech;
    let employees = Math.round(8 + r.next() ** 3 * 1_500);
    let revenue = employees * r.int(150_000, 900_000) * 100;
    const rows: Row[] = [];
    for (const year of plan.years) {
      const rd = Math.round(revenue * (0.005 + tech * r.between(0, 0.06)));
      const income = Math.round(revenue * r.between(1, 1.08));
      const assets = Math.round(revenue * r.between(0.6, 1.8));
      const techStaff = Math.round(employees * tech * r.between(0.05, 0.35));
      rows.push([scaleId('annual', ++n), f.id, year, employees, techStaff, money(revenue), money(income), money(assets), money(assets * r.between(0.3, 0.7)),
        money(revenue * r.between(0.7, 0.95)), money(rd), money(rd * 0.95), money(income * tech * r.between(0, 0.8)), r.int(0, Math.round(tech * 4)), r.int(0, Math.round(tech * 25)), r.int(0, 3)]);
      employees = Math.max(3, Math.round(employees * r.between(0.92, 1.18)));
      revenue = Math.round(revenue * r.between(0.9, 1.25));
    }
    return rows;
  });
}

const tierCols: Col[] = [
  { name: 'id', type: 'uuid' }, { name: 'enterprise_id', type: 'uuid' }, { name: 'kind', type: 'text' }, { name: 'number', type: 'text' }, { name: 'year', type: 'int' },
  { name: 'issued_on', type: 'date' }, { name: 'valid_from', type: 'date' }, { name: 'valid_until', type: 'date' }, { name: 'status', type: 'text' },
];

/** 科小 (this and last year), 高企 (three-year certificates), 规上, 瑞羚, 专精特新 at plausible rates. */
export async function seedTiers(db: pg.ClientBase, plan: ScalePlan, facts: EnterpriseFact[], progress: Progress): Promise<void> {
  const r = prng(plan.seed * 1_000 + 3);
  let n = 0;
  await insertGenerated(db, progress, 'enterprise_tiers', tierCols, facts.length, (i) => {
    const f = facts[i]!;
    const rows: Row[] = [];
    const add = (kind: string, number: string | null, year: number | null, issued: string | null, from: string, until: string | null) =>
      rows.push([scaleId('tier', ++n), f.id, kind, number, year, issued, from, until, 'active']);
    for (const year of [2025, 2026]) {
      if (r.chance(0.3)) add('tech_sme', `${year}34${f.uscc.slice(4, 8)}${String(i % 100_000).padStart(5, '0')}`, year, null, `${year}-01-01`, `${year}-12-31`);
    }
    if (r.chance(0.08)) {
      const issued = dayIso(8_735 + r.int(0, 1_050));
      add('hnte', `GR${issued.slice(0, 4)}34${String(i % 1_000_000).padStart(6, '0')}`, Number(issued.slice(0, 4)), issued, issued, hnteValidUntil(issued));
    }
    if (r.chance(0.15)) add('above_scale', null, 2026, null, '2026-01-01', '2026-12-31');
    if (r.chance(0.02)) add('gazelle', null, 2025, null, '2025-07-01', '2027-06-30');
    if (r.chance(0.03)) add('specialized', null, 2024, null, '2024-09-01', '2027-08-31');
    return rows;
  });
}
