import { describe, expect, it } from 'vitest';
import { isAdministrativeVillage, shortVillageName, townOf, villageKind } from './villages';

describe('which level-5 regions are administrative villages', () => {
  it.each([
    ['341522102227', '燎原村民委员会', 'village'],
    ['341522108204', '圆觉寺村村民委员会', 'village'],
    ['341522110201', '长集村委会', 'village'],
    ['341522100215', '龙腾村民委员会', 'village'],
    ['341522100001', '师部社区', 'community'],
    ['341522101003', '永安社区居委会', 'community'],
    ['110101001001', '多福巷社区居民委员会', 'community'],
    ['341522500498', '东湖渔业村民委员会虚拟生活区', 'virtual'],
    ['341522400401', '开发区村民委员会', 'virtual'],
  ] as const)('%s %s → %s', (code, name, kind) => {
    expect(villageKind(code, name)).toBe(kind);
    expect(isAdministrativeVillage(code, name)).toBe(kind === 'village');
  });

  it('shortens names the way people say them', () => {
    expect(shortVillageName('燎原村民委员会')).toBe('燎原村');
    expect(shortVillageName('圆觉寺村村民委员会')).toBe('圆觉寺村');
    expect(shortVillageName('长集村委会')).toBe('长集村');
    expect(shortVillageName('师部社区')).toBe('师部社区');
    expect(townOf('341522102227')).toBe('341522102');
  });
});
