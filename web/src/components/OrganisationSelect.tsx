import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { type CSSProperties, useDeferredValue, useState } from 'react';
import { orgKeys, orgsApi } from '../api/organisations';

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  allowClear?: boolean;
  /** Shown for the current value before the search results include it. */
  initialLabel?: string;
}

/** Searchable organisation picker backed by /api/v1/organisations?q=. */
export function OrganisationSelect({ value, onChange, placeholder = '搜索单位名称', style, allowClear = true, initialLabel }: Props) {
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const filter = { q: q || undefined, page: 1, pageSize: 30 };
  const { data, isFetching } = useQuery({ queryKey: orgKeys.list(filter), queryFn: () => orgsApi.list(filter), staleTime: 60_000 });
  const options = (data?.items ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.regionName}）` }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={isFetching}
      placeholder={placeholder}
      allowClear={allowClear}
      style={style}
      notFoundContent={isFetching ? '加载中…' : '没有匹配的单位'}
    />
  );
}
