import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, InputNumber, Popconfirm, Segmented, Select, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { gradeLabels, grades } from '../../../../../domain/commissioners/appraisal-config';
import { isApiError } from '../../../api/client';
import { formatDateTime } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { ResultRow } from '../api/types';
import { useCanManage } from '../access';
import { ConfigEditor } from './ConfigEditor';
import { InputModal } from './InputModal';
import { ResultsTable } from './ResultsTable';
import { SheetSummary } from './SheetSummary';

/** 年度考核: compute from the logs → adjust the staff items → publish. */
export default function AppraisalPage() {
  const canManage = useCanManage();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const sheets = useQuery({ queryKey: commissionerKeys.sheets, queryFn: commissionersApi.sheets });
  const [id, setId] = useState<string>();
  const [grade, setGrade] = useState<string>('all');
  const [editing, setEditing] = useState<ResultRow | null>(null);
  const [configuring, setConfiguring] = useState(false);
  const [newYear, setNewYear] = useState<number>(dayjs().year());
  useEffect(() => { if (!id && sheets.data?.items[0]) setId(sheets.data.items[0].id); }, [id, sheets.data]);
  const sheet = useQuery({ queryKey: commissionerKeys.sheet(id ?? ''), queryFn: () => commissionersApi.sheet(id!), enabled: !!id });
  const after = (msg: string) => (detail?: unknown) => {
    if (detail && id) qc.setQueryData(commissionerKeys.sheet(id), detail);
    void qc.invalidateQueries({ queryKey: commissionerKeys.sheets });
    void message.success(msg);
  };
  const fail = (err: Error) => {
    void message.error(err.message);
    if (isApiError(err, 'STALE_VERSION') && id) void qc.invalidateQueries({ queryKey: commissionerKeys.sheet(id) });
  };
  const compute = useMutation({ mutationFn: () => commissionersApi.compute(id!), onSuccess: after('已按服务日志重新计算'), onError: fail });
  const publish = useMutation({ mutationFn: () => commissionersApi.publish(id!, sheet.data!.version), onSuccess: after('考核结果已公布'), onError: fail });
  const create = useMutation({ mutationFn: () => commissionersApi.createSheet(newYear), onSuccess: (s) => { setId(s.id); after(`已新建 ${s.year} 年度考核`)(); }, onError: fail });
  const s = sheet.data;
  const draft = s?.status === 'draft';
  return (
    <>
      <PageHeader title="年度考核" subTitle="按服务日志计算得分，录入人工评分项，按等次规则与比例限制评定后公布"
        extra={<Space wrap>
          <Select style={{ width: 220 }} value={id} onChange={setId} loading={sheets.isPending} placeholder="选择年度"
            options={(sheets.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name}${x.status === 'published' ? '（已公布）' : '（草稿）'}` }))} />
          {canManage && <Space.Compact><InputNumber value={newYear} min={2000} max={2100} onChange={(v) => v && setNewYear(v)} style={{ width: 90 }} />
            <Button onClick={() => create.mutate()} loading={create.isPending}>新建年度考核</Button></Space.Compact>}
        </Space>} />
      {sheets.error && <Alert type="error" title={sheets.error.message} />}
      {id && sheet.isPending && <Spin size="large" />}
      {s && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card title={<>{s.name} <Tag color={draft ? 'orange' : 'green'}>{draft ? '草稿' : '已公布'}</Tag></>}
            extra={canManage && draft && <Space>
              <Button onClick={() => setConfiguring(true)}>编辑考核方案</Button>
              <Button onClick={() => compute.mutate()} loading={compute.isPending}>按日志重新计算</Button>
              <Popconfirm title="公布后不能再修改，确定公布？" onConfirm={() => publish.mutate()}><Button type="primary" loading={publish.isPending} disabled={s.appraised === 0}>公布结果</Button></Popconfirm>
            </Space>}>
            <Typography.Paragraph type="secondary">计算时间：{formatDateTime(s.computedAt)}{s.publishedAt ? ` · 公布时间：${formatDateTime(s.publishedAt)}` : ''}</Typography.Paragraph>
            <SheetSummary sheet={s} />
          </Card>
          <Card title="考核结果" extra={<Segmented value={grade} onChange={(v) => setGrade(v as string)}
            options={[{ value: 'all', label: '全部' }, ...grades.map((g) => ({ value: g, label: `${gradeLabels[g]} ${s.counts[g] ?? 0}` }))]} />}>
            <ResultsTable sheet={s} grade={grade === 'all' ? undefined : grade} canEdit={canManage && draft} onEdit={setEditing} />
          </Card>
        </Space>
      )}
      {configuring && s && <ConfigEditor sheet={s} onClose={() => setConfiguring(false)} />}
      {editing && s && <InputModal sheet={s} row={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
