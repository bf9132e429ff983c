import { describe, expect, it } from 'vitest';
import { computeCoverage, type RegionVillage } from './coverage';

const town = (code: string, name: string) => ({ townCode: code, townName: name });
const A = town('341522101', '河口镇');
const B = town('341522102', '周集镇');
const regions: RegionVillage[] = [
  { code: '341522101001', name: '河口社区', ...A },
  { code: '341522101201', name: '甲村民委员会', ...A },
  { code: '341522101202', name: '乙村委会', ...A },
  { code: '341522101203', name: '丙村民委员会', ...A },
  { code: '341522102201', name: '丁村民委员会', ...B },
  { code: '341522102202', name: '戊村民委员会', ...B },
];

describe('village coverage by commissioners', () => {
  it('full 1:1 coverage: every village one commissioner, every commissioner one village', () => {
    const assignments = ['341522101201', '341522101202', '341522101203', '341522102201', '341522102202'].map((v, i) => ({ commissionerId: `c${i}`, villageCode: v }));
    const r = computeCoverage(regions, assignments, ['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(r.totals).toMatchObject({ covered: 5, total: 5, uncovered: 0, percent: '100.00%', commissioners: 5, excludedCommunities: 1 });
    expect(r.oneToOne).toMatchObject({ allCovered: true, strict: true, uncoveredVillages: [], sharedVillages: [] });
  });

  it('counts a village with two commissioners once, reports it, and reports commissioners with 0 or 2+ villages', () => {
    const r = computeCoverage(regions, [
      { commissionerId: 'c1', villageCode: '341522101201' },
      { commissionerId: 'c2', villageCode: '341522101201' },
      { commissionerId: 'c3', villageCode: '341522101202' },
      { commissionerId: 'c3', villageCode: '341522102201' },
      { commissionerId: 'c3', villageCode: '341522102201' },
    ], ['c1', 'c2', 'c3', 'c4']);
    expect(r.totals).toMatchObject({ covered: 3, total: 5, uncovered: 2, percent: '60.00%', commissioners: 3 });
    expect(r.oneToOne).toEqual({
      allCovered: false,
      strict: false,
      uncoveredVillages: ['341522101203', '341522102202'],
      sharedVillages: [{ code: '341522101201', count: 2 }],
      commissionersWithoutVillage: ['c4'],
      commissionersWithSeveral: [{ id: 'c3', count: 2 }],
    });
    expect(r.towns).toEqual([
      { townCode: '341522101', townName: '河口镇', covered: 2, total: 3, uncovered: 1, percent: '66.66%', shared: 1, commissioners: 3 },
      { townCode: '341522102', townName: '周集镇', covered: 1, total: 2, uncovered: 1, percent: '50.00%', shared: 0, commissioners: 1 },
    ]);
  });

  it('all covered with a shared village is full coverage but not strict 1:1', () => {
    const assignments = ['341522101201', '341522101202', '341522101203', '341522102201', '341522102202', '341522102202']
      .map((v, i) => ({ commissionerId: `c${i}`, villageCode: v }));
    const r = computeCoverage(regions, assignments, []);
    expect(r.oneToOne.allCovered).toBe(true);
    expect(r.oneToOne.strict).toBe(false);
    expect(r.oneToOne.sharedVillages).toEqual([{ code: '341522102202', count: 2 }]);
  });

  it('ignores assignments to communities and to villages outside the list', () => {
    const r = computeCoverage(regions, [
      { commissionerId: 'c1', villageCode: '341522101001' },
      { commissionerId: 'c2', villageCode: '341523100201' },
    ], ['c1', 'c2']);
    expect(r.totals.covered).toBe(0);
    expect(r.oneToOne.commissionersWithoutVillage).toEqual(['c1', 'c2']);
  });

  it('rounds the ratio down, so 2 of 3 is 66.66% and never shows as reached', () => {
    const r = computeCoverage(regions.slice(0, 4), [{ commissionerId: 'x', villageCode: '341522101201' }, { commissionerId: 'y', villageCode: '341522101202' }], []);
    expect(r.totals.percent).toBe('66.66%');
  });

  it('an empty county has no ratio and is not "all covered"', () => {
    const r = computeCoverage([], [], []);
    expect(r.totals.percent).toBeNull();
    expect(r.oneToOne.allCovered).toBe(false);
  });
});
