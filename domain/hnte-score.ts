import { bandOf, ipBandOf } from './bands';
import { Dec, percent, ratio } from './exact';
import type { DiagnosisInput } from './diagnosis-input';
import { type GrowthBasis, growthRate } from './hnte-growth';
import type { HnteExpertItem, HntePolicy } from './policy/hnte-2016';
import type { PointRange } from './policy/types';

export const hnteScoreGroups = ['ip', 'conversion', 'rd_management', 'growth'] as const;
export type HnteScoreGroup = (typeof hnteScoreGroups)[number];

/** In the order of the official scoring sheet. */
export const hnteScoreItemCodes = [
  'ip_advancement',
  'ip_core_support',
  'ip_quantity',
  'ip_acquisition',
  'ip_standard_bonus',
  'conversion',
  'rd_management_system',
  'rd_institution',
  'conversion_incentive',
  'talent_incentive',
  'net_asset_growth',
  'sales_growth',
] as const;
export type HnteScoreItemCode = (typeof hnteScoreItemCodes)[number];

export interface HnteScoreItem {
  group: HnteScoreGroup;
  min: number;
  max: number;
  /** Most the item can ever earn. */
  full: number;
  /** Only an expert can judge it, so min–max is the item's whole range. */
  expert: boolean;
  /** What the band was read from, for people; null for expert items. */
  value: string | null;
  band: string | null;
  basis?: GrowthBasis;
}

export interface HnteScore {
  min: number;
  max: number;
  items: Record<HnteScoreItemCode, HnteScoreItem>;
  groups: Record<HnteScoreGroup, { min: number; max: number; full: number }>;
}

const groupOfExpert: Record<HnteExpertItem, HnteScoreGroup> = {
  ip_advancement: 'ip',
  ip_core_support: 'ip',
  rd_management_system: 'rd_management',
  rd_institution: 'rd_management',
  conversion_incentive: 'rd_management',
  talent_incentive: 'rd_management',
};

const objective = (group: HnteScoreGroup, [min, max]: PointRange, full: number, value: string, band: string | null): HnteScoreItem =>
  ({ group, min, max, full, expert: false, value, band });

/** Annual average with 2 decimals, rounded down like every shown ratio. */
const average = (total: number, years: number) => new Dec(total).div(years).toDecimalPlaces(2, Dec.ROUND_FLOOR).toFixed(2);

function growthItem(values: string[], policy: HntePolicy): HnteScoreItem {
  const g = growthRate(values);
  const band = bandOf(g.rate, policy.score.growthBands);
  const full = policy.score.growthBands[0]!.points[1];
  return { ...objective('growth', band.points, full, g.rate ? percent(g.rate) : '—', band.code), basis: g.basis };
}

/**
 * 企业创新能力评价 as a range (domain rules §1.4): bands that follow from the figures give their
 * own point span, items an expert judges give 0–full. The IP group stays capped at 30 even with
 * the standards bonus.
 */
export function hnteScore(input: DiagnosisInput, policy: HntePolicy): HnteScore {
  const s = policy.score;
  const { class1, class2 } = input.ip;
  const quantity = ipBandOf(class1, class2, s.ipQuantity);
  const hasIp = class1 + class2 > 0;
  const acquisition: PointRange = !hasIp ? [0, 0] : input.ip.selfDeveloped === false ? s.ipAcquisition.acquiredOnly : s.ipAcquisition.selfDeveloped;
  const conversions = input.years.reduce((acc, y) => acc + y.conversions, 0);
  const conversion = bandOf(ratio(conversions, input.years.length), s.conversionBands);

  const items = {} as Record<HnteScoreItemCode, HnteScoreItem>;
  for (const [code, full] of Object.entries(s.expertItems) as [HnteExpertItem, number][]) {
    items[code] = { group: groupOfExpert[code], min: 0, max: full, full, expert: true, value: null, band: null };
  }
  items.ip_quantity = objective('ip', quantity.points, s.ipQuantity.class1.points[1], `Ⅰ类 ${class1} 项，Ⅱ类 ${class2} 项`, quantity.code);
  items.ip_acquisition = objective('ip', acquisition, s.ipAcquisition.selfDeveloped[1], !hasIp ? '无知识产权' : input.ip.selfDeveloped === false ? '仅受让、受赠、并购' : '有自主研发', null);
  items.ip_standard_bonus = objective('ip', input.direct.ledStandard ? s.standardBonus : [0, 0], s.standardBonus[1], input.direct.ledStandard ? '是' : '否', null);
  items.conversion = objective('conversion', conversion.points, s.conversionBands[0]!.points[1], `年均 ${average(conversions, input.years.length)} 项`, conversion.code);
  items.net_asset_growth = growthItem(input.years.map((y) => y.netAssets), policy);
  items.sales_growth = growthItem(input.years.map((y) => y.salesRevenue), policy);

  const groups = {} as HnteScore['groups'];
  for (const [group, full] of Object.entries(s.groupFull) as [HnteScoreGroup, number][]) {
    const mine = Object.values(items).filter((i) => i.group === group);
    // Only the IP group can add up past its cap (8+8+8+6+2 = 32 > 30); the cap binds them all.
    const total = (pick: (i: HnteScoreItem) => number) => Math.min(full, mine.reduce((acc, i) => acc + pick(i), 0));
    groups[group] = { min: total((i) => i.min), max: total((i) => i.max), full };
  }
  const all = Object.values(groups);
  const ordered = Object.fromEntries(hnteScoreItemCodes.map((code) => [code, items[code]])) as HnteScore['items'];
  return { min: all.reduce((a, g) => a + g.min, 0), max: all.reduce((a, g) => a + g.max, 0), items: ordered, groups };
}
