import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { commissionerKeys, commissionersApi } from '../api/client';

export interface PickedPerson { id: string; name: string; code: string }

interface Props {
  value?: string | string[] | null;
  onChange?: (v: string | string[] | undefined) => void;
  multiple?: boolean;
  /** Labels for ids already chosen (the search results may not contain them). */
  known?: PickedPerson[];
  status?: 'active' | 'candidate';
  onPeople?: (people: PickedPerson[]) => void;
  id?: string;
  placeholder?: string;
}

/** Commissioners of the bureau, searched on the server by name, code or work unit. */
export function CommissionerPicker({ value, onChange, multiple, known = [], status = 'active', onPeople, id, placeholder = '输入姓名或编号搜索' }: Props) {
  const [q, setQ] = useState('');
  const [seen, setSeen] = useState<Map<string, PickedPerson>>(() => new Map(known.map((p) => [p.id, p])));
  const list = useQuery({ queryKey: commissionerKeys.roster({ q, status, pageSize: 30, picker: 1 }), queryFn: () => commissionersApi.roster({ q: q || undefined, status, pageSize: 30 }) });
  const found = (list.data?.items ?? []).map((c) => ({ id: c.id, name: c.name, code: c.code }));
  const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const options = [...[...seen.values()].filter((p) => chosen.has(p.id)), ...found.filter((p) => !chosen.has(p.id))];
  const remember = (ids: string[]) => {
    const next = new Map(seen);
    for (const p of found) if (ids.includes(p.id)) next.set(p.id, p);
    setSeen(next);
    onPeople?.(ids.map((i) => next.get(i)).filter((p): p is PickedPerson => !!p));
  };
  return (
    <Select id={id} mode={multiple ? 'multiple' : undefined} allowClear showSearch={{ filterOption: false, onSearch: setQ }} value={value ?? undefined}
      placeholder={placeholder} loading={list.isFetching} style={{ width: '100%' }}
      options={options.map((p) => ({ value: p.id, label: `${p.name}（${p.code}）` }))}
      onChange={(v: string | string[] | undefined) => { remember(Array.isArray(v) ? v : v ? [v] : []); onChange?.(v); }} />
  );
}
