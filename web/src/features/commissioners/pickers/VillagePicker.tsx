import { useQuery } from '@tanstack/react-query';
import { Select, Space } from 'antd';
import { useState } from 'react';
import { regionKeys, regionsApi } from '../../../api/regions';
import { useCurrentUser } from '../../../app/auth';

/** 12-digit village code → its township (first 9 digits + 000). */
const townOf = (village: string) => `${village.slice(0, 9)}000`;

/**
 * A village of the user's county as a form control (value = 12-digit code): township first, then
 * its villages, each level loaded from the region tree when needed.
 */
export function VillagePicker({ value, onChange, allowClear, id }: { value?: string | null; onChange?: (code: string | undefined) => void; allowClear?: boolean; id?: string }) {
  const me = useCurrentUser();
  const county = me.organisation.regionCode.slice(0, 6);
  const [town, setTown] = useState<string | undefined>(value ? townOf(value) : undefined);
  const towns = useQuery({ queryKey: regionKeys.children(county), queryFn: () => regionsApi.children(county), staleTime: Infinity });
  const villages = useQuery({ queryKey: regionKeys.children(town ?? ''), queryFn: () => regionsApi.children(town!), enabled: !!town, staleTime: Infinity });
  return (
    <Space.Compact style={{ width: '100%' }} id={id} data-testid="village-picker">
      <Select placeholder="乡镇" style={{ width: '40%' }} value={town} showSearch={{ optionFilterProp: 'label' }} loading={towns.isPending}
        onChange={(t) => { setTown(t); onChange?.(undefined); }} options={(towns.data ?? []).map((t) => ({ value: t.code, label: t.name }))} />
      <Select placeholder="村" style={{ width: '60%' }} value={value ?? undefined} showSearch={{ optionFilterProp: 'label' }} allowClear={allowClear}
        loading={villages.isFetching} onChange={(v: string | undefined) => onChange?.(v)} options={(villages.data ?? []).map((v) => ({ value: v.code, label: v.name }))} />
    </Space.Compact>
  );
}
