import { describe, expect, it } from 'vitest';
import { hnteField, hnteFieldPath, hnteFieldTree, isSelectableHnteField } from './hnte-fields';
import { divisionsOfSection, industryDivision, industryDivisions, industrySections, superDeductionExcluded } from './industries';

describe('GB/T 4754-2017', () => {
  it('has the 20 sections A–T and the 97 divisions 01–97 in order', () => {
    expect(industrySections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    const codes = [...industryDivisions.keys()];
    expect(codes).toHaveLength(97);
    expect(codes).toEqual(Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('resolves a division to its section', () => {
    expect(industryDivision('35')).toEqual({ code: '35', name: '专用设备制造业', sectionCode: 'C', sectionName: '制造业' });
    expect(industryDivision('98')).toBeNull();
    expect(divisionsOfSection('F')).toEqual(['51', '52']);
    expect([...superDeductionExcluded].every((c) => industryDivisions.has(c))).toBe(true);
  });
});

describe('国家重点支持的高新技术领域', () => {
  it('has the 8 domains in the official order', () => {
    expect(hnteFieldTree.map((d) => d.name)).toEqual(['电子信息', '生物与新医药', '航空航天', '新材料', '高技术服务', '新能源与节能', '资源与环境', '先进制造与自动化']);
    expect(hnteFieldTree.map((d) => d.children.length)).toEqual([8, 7, 2, 6, 8, 4, 8, 9]);
  });

  it('builds prefix codes so a code selects its subtree', () => {
    expect(hnteField('804')?.name).toBe('先进制造工艺与装备');
    expect(hnteFieldPath('80402')).toEqual(['先进制造与自动化', '先进制造工艺与装备', '机器人']);
    expect(hnteFieldPath('1')).toEqual(['电子信息']);
    expect(hnteFieldPath('9')).toEqual([]);
    const all: string[] = [];
    const walk = (ns: typeof hnteFieldTree) => ns.forEach((n) => { all.push(n.code); walk(n.children); });
    walk(hnteFieldTree);
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(code.startsWith(code.slice(0, 1))).toBe(true);
  });

  it('lets enterprises pick a 三级 item or a 二级 field without items', () => {
    expect(isSelectableHnteField('80402')).toBe(true);
    expect(isSelectableHnteField('504')).toBe(true);
    expect(isSelectableHnteField('804')).toBe(false);
    expect(isSelectableHnteField('8')).toBe(false);
  });
});
