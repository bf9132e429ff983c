import { useMutation } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Input } from 'antd';
import { diagnosisApi } from './api';

/** Checks a 统一社会信用代码 as typed (spaces and lower case are fine) and explains what is wrong. */
export function UsccLookup() {
  const lookup = useMutation({ mutationFn: diagnosisApi.uscc });
  const r = lookup.data;
  return (
    <Card title="统一社会信用代码校验" size="small" style={{ marginBottom: 16 }}>
      <Input.Search placeholder="输入 18 位统一社会信用代码" enterButton="校验" allowClear maxLength={64}
        loading={lookup.isPending} aria-label="统一社会信用代码"
        onSearch={(v) => (v.trim() ? lookup.mutate(v) : lookup.reset())} />
      {lookup.error && <Alert type="error" showIcon title={lookup.error.message} style={{ marginTop: 12 }} />}
      {r && !r.valid && (
        <Alert type="error" showIcon title={`${r.code || '（空）'} 不是有效的统一社会信用代码`} description={r.reason} style={{ marginTop: 12 }} />
      )}
      {r?.valid && (
        <>
          <Alert type="success" showIcon title={`${r.code} 校验通过`} style={{ marginTop: 12, marginBottom: 12 }} />
          <Descriptions size="small" column={{ xs: 1, sm: 3 }} items={[
            { key: 'authority', label: '登记管理部门', children: r.authority },
            { key: 'category', label: '机构类别', children: r.category ?? '—' },
            { key: 'region', label: '登记机关行政区划码', children: r.regionCode },
          ]} />
        </>
      )}
    </Card>
  );
}
