/**
 * Which level-5 regions (NBS 12-digit 村级 codes) count as 行政村 for 1:1 coverage.
 *
 * Rule: a village is a 村民委员会 — its name ends in 村委会 or 村民委员会 — and is not a virtual
 * unit (虚拟…, …生活区). 社区 / 居委会 (urban neighbourhoods) are not villages. The name decides
 * because that is what the bureau sees; the NBS 城乡分类 code (digits 10–12: 001–199 居委会,
 * 200–399 村委会, 400–599 虚拟) agrees for the demo county except NBS virtual units, which the
 * name test excludes as well.
 */
export type VillageKind = 'village' | 'community' | 'virtual';

const villageName = /(村委会|村民委员会)$/;
const virtualName = /(虚拟|生活区)/;

export function villageKind(code: string, name: string): VillageKind {
  if (virtualName.test(name)) return 'virtual';
  const segment = code.length === 12 ? Number(code.slice(9)) : NaN;
  if (segment >= 400 && segment <= 599) return 'virtual';
  return villageName.test(name) ? 'village' : 'community';
}

export const isAdministrativeVillage = (code: string, name: string): boolean => villageKind(code, name) === 'village';

/** 'xx村民委员会' → 'xx村', 'xx村村委会' → 'xx村': the name people say. */
export function shortVillageName(name: string): string {
  const stem = name.replace(/(村民委员会|村委会|居民委员会|居委会)$/, '');
  return stem.endsWith('村') || stem.endsWith('社区') ? stem : `${stem}村`;
}

/** Township code (first 9 digits) of a 12-digit village code. */
export const townOf = (villageCode: string): string => villageCode.slice(0, 9);
