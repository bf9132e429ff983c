import { useQueryClient } from '@tanstack/react-query';
import { Cascader } from 'antd';
import { type CSSProperties, useCallback, useEffect, useRef, useState } from 'react';
import { regionKeys, regionsApi } from '../api/regions';
import type { RegionNode } from '../api/types';
import { type RegionOption, insertChildren, regionPathCodes, toOption } from './region-tree';

interface Props {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** 1 = province … 5 = village; deeper levels are not offered. */
  maxDepth?: number;
  placeholder?: string;
  style?: CSSProperties;
  allowClear?: boolean;
  disabled?: boolean;
}

/** Picks a GB/T 2260 region; children are loaded from /api/v1/regions?parent= when a level opens. */
export function RegionCascader({ value, onChange, maxDepth = 5, placeholder = '请选择地区', style, allowClear = true, disabled }: Props) {
  const qc = useQueryClient();
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [path, setPath] = useState<string[]>([]);
  const pathRef = useRef(path);
  pathRef.current = path;

  const children = useCallback(
    (parent: string | null): Promise<RegionNode[]> =>
      qc.fetchQuery({ queryKey: regionKeys.children(parent), queryFn: () => regionsApi.children(parent), staleTime: Infinity }),
    [qc],
  );
  const attach = useCallback(async (codes: string[]) => {
    const kids = await children(codes[codes.length - 1]!);
    setOptions((prev) => insertChildren(prev, codes, kids.map((k) => toOption(k, codes.length + 1, maxDepth))));
  }, [children, maxDepth]);

  useEffect(() => {
    void children(null).then((roots) => setOptions((prev) => (prev.length > 0 ? prev : roots.map((r) => toOption(r, 1, maxDepth)))));
  }, [children, maxDepth]);

  useEffect(() => {
    if (!value) return setPath([]);
    if (pathRef.current[pathRef.current.length - 1] === value) return;
    let cancelled = false;
    void (async () => {
      const detail = await qc.fetchQuery({ queryKey: regionKeys.detail(value), queryFn: () => regionsApi.detail(value), staleTime: Infinity });
      const codes = regionPathCodes(detail);
      await children(null);
      for (let i = 1; i < codes.length; i++) await attach(codes.slice(0, i));
      if (!cancelled) setPath(codes);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [value, qc, children, attach]);

  return (
    <Cascader<RegionOption>
      options={options}
      value={path}
      loadData={(selected) => void attach(selected.map((o) => o.value))}
      onChange={(codes) => {
        const next = (codes ?? []) as string[];
        setPath(next);
        onChange?.(next[next.length - 1]);
      }}
      changeOnSelect
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder}
      style={style}
      displayRender={(labels) => labels.join(' / ')}
    />
  );
}
