import { Select, TreeSelect } from 'antd';
import type { CSSProperties } from 'react';
import { hnteFieldTree, type HnteFieldNode } from '../../../../domain/dict/hnte-fields';
import { industrySections } from '../../../../domain/dict/industries';

interface TreeOption { value: string; title: string; selectable?: boolean; children?: TreeOption[] }
const hnteOption = (leavesOnly: boolean) => (n: HnteFieldNode): TreeOption => ({
  value: n.code,
  title: `${n.code} ${n.name}`,
  selectable: !leavesOnly || (n.level > 1 && n.children.length === 0),
  children: n.children.map(hnteOption(leavesOnly)),
});
const hnteAll = hnteFieldTree.map(hnteOption(false));
const hnteLeaves = hnteFieldTree.map(hnteOption(true));

interface PickerProps { value?: string | null; onChange?: (v: string | undefined) => void; placeholder?: string; style?: CSSProperties; id?: string }

/** 《国家重点支持的高新技术领域》 tree; `leavesOnly` for an enterprise's own field (a filter may pick any node: it matches the subtree). */
export function HnteFieldPicker({ value, onChange, placeholder = '技术领域', style, leavesOnly, id }: PickerProps & { leavesOnly?: boolean }) {
  return (
    <TreeSelect id={id} allowClear showSearch treeNodeFilterProp="title" placeholder={placeholder} style={style} value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)} treeData={leavesOnly ? hnteLeaves : hnteAll} popupMatchSelectWidth={420} />
  );
}

const sectionOptions = industrySections.map((s) => ({
  label: `${s.code} ${s.name}`,
  title: s.name,
  options: s.divisions.map(([code, name]) => ({ value: code, label: `${code} ${name}` })),
}));
const sectionFilterOptions = industrySections.map((s) => ({
  label: `${s.code} ${s.name}`,
  title: s.name,
  options: [{ value: s.code, label: `${s.code} 整个门类` }, ...s.divisions.map(([code, name]) => ({ value: code, label: `${code} ${name}` }))],
}));

/** GB/T 4754 industry: a 大类 (2 digits), or for filters also a whole 门类 (letter). */
export function IndustryPicker({ value, onChange, placeholder = '所属行业', style, sections, id }: PickerProps & { sections?: boolean }) {
  return (
    <Select id={id} allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={placeholder} style={style} value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)} options={sections ? sectionFilterOptions : sectionOptions} popupMatchSelectWidth={360} />
  );
}
