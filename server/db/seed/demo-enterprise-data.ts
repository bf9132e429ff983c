/**
 * Invented enterprises for the demo (企业培育). Names, codes, people and every figure are made up
 * by a seeded generator and flagged `is_demo`; they are not statistics of any real county.
 * Amounts are whole yuan plus cents built with integer arithmetic and stored as decimal strings.
 */

/** Deterministic PRNG (mulberry32) so the demo and the tests see the same data every time. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance, between: (min: number, max: number) => min + next() * (max - min) };
}
export type Rng = ReturnType<typeof prng>;

/** Trade-name syllables chosen to read as ordinary but invented names; every name also ends in （演示）. */
const firstSyllables = ['瑞', '恒', '润', '泽', '嘉', '启', '鼎', '华', '晟', '禾', '鑫', '卓', '远', '弘', '朗', '铭', '沃', '骏', '擎', '岳', '淮', '皖', '新', '乾', '丰', '汇', '源', '昊', '达', '硕'];
const secondSyllables = ['丰', '远', '瑞', '达', '泰', '诚', '邦', '祥', '拓', '创', '安', '和', '科', '联', '晖', '盛', '合', '宇', '川', '峰', '辰', '霖', '信', '迈', '锐', '邑', '源', '阳', '智', '航'];

/** Industry profiles: GB/T 4754 大类, the name word, likely HNTE fields, and how technology-heavy they tend to be (0–1). */
export const industryProfiles = [
  { code: '35', word: '智能装备', fields: ['80402', '80403', '80503'], tech: 0.8, weight: 10 },
  { code: '34', word: '机械制造', fields: ['80501', '80502', '80401'], tech: 0.6, weight: 9 },
  { code: '38', word: '电气', fields: ['80603', '80601', '60302'], tech: 0.7, weight: 8 },
  { code: '39', word: '电子科技', fields: ['10605', '10602', '10801'], tech: 0.85, weight: 7 },
  { code: '26', word: '新材料', fields: ['40501', '40504', '40301'], tech: 0.7, weight: 7 },
  { code: '29', word: '塑业', fields: ['40302', '40305', '40306'], tech: 0.5, weight: 6 },
  { code: '27', word: '生物医药', fields: ['20202', '20401', '20101'], tech: 0.85, weight: 5 },
  { code: '13', word: '食品', fields: ['20605', '20606', '20602'], tech: 0.35, weight: 9 },
  { code: '14', word: '农业科技', fields: ['20701', '20704', '20605'], tech: 0.45, weight: 5 },
  { code: '17', word: '纺织', fields: ['80504', '40304'], tech: 0.3, weight: 6 },
  { code: '30', word: '建材', fields: ['40204', '40205', '70302'], tech: 0.35, weight: 6 },
  { code: '33', word: '金属制品', fields: ['40102', '40105'], tech: 0.4, weight: 5 },
  { code: '65', word: '信息技术', fields: ['10109', '10110', '10111', '50302'], tech: 0.9, weight: 6 },
  { code: '75', word: '科技服务', fields: ['50101', '50201', '505'], tech: 0.75, weight: 3 },
  { code: '77', word: '环保科技', fields: ['70102', '70303', '70501'], tech: 0.7, weight: 3 },
  { code: '51', word: '商贸', fields: [], tech: 0.1, weight: 3 },
  { code: '01', word: '农业开发', fields: ['20701'], tech: 0.25, weight: 4 },
] as const;
export type IndustryProfile = (typeof industryProfiles)[number];

export function pickIndustry(r: Rng): IndustryProfile {
  const total = industryProfiles.reduce((a, p) => a + p.weight, 0);
  let x = r.int(1, total);
  for (const p of industryProfiles) {
    x -= p.weight;
    if (x <= 0) return p;
  }
  return industryProfiles[0];
}

export function tradeName(r: Rng, used: Set<string>): string {
  for (;;) {
    const n = r.pick(firstSyllables) + r.pick(secondSyllables);
    if (n[0] !== n[1] && !used.has(n)) {
      used.add(n);
      return n;
    }
  }
}

/** 8-character organisation-code body from the USCC charset (no I, O, Z, S, V). */
export const orgBody = (prefix: string, n: number) => `${prefix}${String(n).padStart(8 - prefix.length, '0')}`;

const money = (yuan: number, r: Rng) => `${Math.max(0, Math.round(yuan))}.${String(r.int(0, 99)).padStart(2, '0')}`;

export interface DemoFigures {
  employees: number; techStaff: number; salesRevenue: string; totalIncome: string; totalAssets: string; netAssets: string;
  totalCost: string; rdExpense: string; rdExpenseDomestic: string; highTechIncome: string; ipClass1: number; ipClass2: number; conversions: number;
}

/**
 * Three consecutive years for one enterprise. `strength` (0–1) moves R&D, staff and high-tech
 * shares: strong firms meet the 高企 ratios, a band around 0.5–0.7 sits just either side of them.
 */
export function yearsOfFigures(r: Rng, strength: number, years: number): DemoFigures[] {
  const sizeRoll = r.next();
  let sales = sizeRoll < 0.35 ? r.between(1.5e6, 1e7) : sizeRoll < 0.75 ? r.between(1e7, 5e7) : sizeRoll < 0.95 ? r.between(5e7, 2e8) : r.between(2e8, 5e8);
  const growth = r.between(-0.05, 0.1 + 0.35 * strength);
  const rdRate = Math.max(0.004, strength * 0.09 + r.between(-0.012, 0.012));
  const staffRate = Math.max(0.02, strength * 0.36 + r.between(-0.04, 0.04));
  const hiShare = Math.min(0.92, Math.max(0.05, strength * 0.95 + r.between(-0.08, 0.08)));
  const perHead = r.between(3.5e5, 1.1e6);
  let netAssets = sales * r.between(0.3, 0.9);
  let ip2 = Math.round(strength * r.between(2, 18));
  const ip1 = strength > 0.55 ? r.int(0, 3) : r.chance(0.15) ? 1 : 0;
  const out: DemoFigures[] = [];
  for (let i = 0; i < years; i++) {
    if (i > 0) {
      const g = growth + r.between(-0.05, 0.05);
      sales *= 1 + g;
      netAssets *= 1 + g * r.between(0.5, 1.2);
      ip2 += r.int(0, Math.ceil(3 * strength));
    }
    const employees = Math.max(6, Math.round(sales / perHead));
    const rd = sales * Math.max(0.003, rdRate + r.between(-0.004, 0.004));
    const income = sales * r.between(1.0, 1.06);
    const assets = Math.max(netAssets * r.between(1.2, 2.2), sales * 0.5);
    out.push({
      employees,
      techStaff: Math.min(employees, Math.max(1, Math.round(employees * staffRate))),
      salesRevenue: money(sales, r),
      totalIncome: money(income + 100, r),
      totalAssets: money(assets, r),
      netAssets: money(netAssets, r),
      totalCost: money(sales * r.between(0.78, 0.96), r),
      rdExpense: money(rd + 100, r),
      rdExpenseDomestic: money(rd * (r.chance(0.85) ? 1 : r.between(0.7, 0.98)), r),
      highTechIncome: money(income * hiShare, r),
      ipClass1: ip1,
      ipClass2: ip2,
      conversions: Math.max(0, Math.round(strength * r.between(1, 7)) - (r.chance(0.3) ? 1 : 0)),
    });
  }
  return out;
}

export const legalRepNames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林'];
export const givenNames = ['建国', '海涛', '志强', '丽娟', '明', '晓东', '春梅', '伟', '静', '永红', '德胜', '秀英', '国庆', '立新', '小兵', '宏伟'];
export const demoTags = ['规上工业', '包保企业', '专精特新培育', '链主企业', '科技金融需求', '产学研合作'];
