import type { CoverageReport } from '../api/types';
import type { ChartOption } from '../EChart';

const colors = { none: '#ff4d4f', one: '#52c41a', several: '#1677ff' };

/** Covered / uncovered villages per township, lowest coverage on top. */
export function townBars(r: CoverageReport): ChartOption {
  const towns = [...r.towns].sort((a, b) => a.covered / (a.total || 1) - b.covered / (b.total || 1)).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: ['已覆盖', '未覆盖'] },
    grid: { left: 90, right: 24, top: 36, bottom: 24 },
    xAxis: { type: 'value', name: '村数' },
    yAxis: { type: 'category', data: towns.map((t) => t.townName) },
    series: [
      { name: '已覆盖', type: 'bar', stack: 'v', data: towns.map((t) => t.covered), itemStyle: { color: colors.one } },
      { name: '未覆盖', type: 'bar', stack: 'v', data: towns.map((t) => t.uncovered), itemStyle: { color: colors.none } },
    ],
  } as ChartOption;
}

/**
 * A schematic map built from the region tree (no tiles, no boundary files): each township is a
 * block sized by its number of villages, each village a cell coloured by how many serve it.
 */
export function villageTreemap(r: CoverageReport): ChartOption {
  const towns = new Map(r.towns.map((t) => [t.townCode, t.townName]));
  const groups = new Map<string, CoverageReport['villages']>();
  for (const v of r.villages) groups.set(v.townCode, [...(groups.get(v.townCode) ?? []), v]);
  const cell = (v: CoverageReport['villages'][number]) => ({
    name: v.name, value: 1, commissioners: v.commissioners,
    itemStyle: { color: v.commissioners.length === 0 ? colors.none : v.commissioners.length === 1 ? colors.one : colors.several },
  });
  return {
    tooltip: {
      formatter: (p: unknown) => {
        const d = (p as { data: { name: string; commissioners?: string[] } }).data;
        if (!d.commissioners) return d.name;
        return `${d.name}<br/>${d.commissioners.length ? `科技特派员：${d.commissioners.join('、')}` : '<b style="color:#ff4d4f">尚无科技特派员</b>'}`;
      },
    },
    series: [{
      type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false }, width: '100%', height: '100%',
      label: { show: true, fontSize: 10, formatter: '{b}' },
      levels: [
        { itemStyle: { borderColor: '#fff', borderWidth: 3, gapWidth: 3 }, upperLabel: { show: false } },
        { itemStyle: { borderColor: '#5b6b82', borderWidth: 2, gapWidth: 1 }, upperLabel: { show: true, height: 18, color: '#fff', fontSize: 12 } },
        { itemStyle: { borderColor: '#fff', borderWidth: 1, gapWidth: 1 } },
      ],
      data: [...groups.entries()].map(([code, vs]) => ({ name: towns.get(code) ?? code, itemStyle: { color: '#5b6b82' }, children: vs.map(cell) })),
    }],
  } as ChartOption;
}
