import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';

type DirectoryRole = 'staff' | 'leader' | 'commissioner';
interface Entry { id: string; username: string; displayName: string; organisationName: string }
interface Option { value: string; label: string }

interface Props {
  roles: DirectoryRole[];
  /** Options that must stay selectable whatever the directory returns (none, me, the current value). */
  fixedOptions?: Option[];
  value?: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
  placeholder?: string;
}

/** Picks an active account of the caller's region by name (GET /api/v1/users/directory). */
export function AccountSelect({ roles, fixedOptions = [], value, onChange, disabled, placeholder }: Props) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['users', 'directory', roles, q],
    queryFn: async () => (await Promise.all(roles.map((role) => api.get<{ items: Entry[] }>('/api/v1/users/directory', { role, q: q || undefined }))))
      .flatMap((r) => r.items),
    enabled: !disabled,
    staleTime: 60_000,
  });
  const seen = new Set(fixedOptions.map((o) => o.value));
  const options = [...fixedOptions, ...(found.data ?? []).filter((e) => !seen.has(e.id) && (seen.add(e.id), true))
    .map((e) => ({ value: e.id, label: `${e.displayName}（${e.organisationName}）` }))];
  return (
    <Select showSearch={{ filterOption: false, onSearch: setQ }} value={value} onChange={onChange} disabled={disabled} placeholder={placeholder}
      loading={found.isFetching} options={options} notFoundContent={found.isFetching ? '查询中…' : '本辖区没有匹配的账号'} />
  );
}
