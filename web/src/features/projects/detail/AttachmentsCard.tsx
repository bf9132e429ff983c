import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../components/format';
import { projectKeys, projectsApi, uploadAttachment } from '../api/client';
import type { Attachment, ProjectDetail } from '../api/types';

const laterKinds = [
  { kind: 'agreement', label: '项目任务书' }, { kind: 'progress_report', label: '进展报告' }, { kind: 'midterm_report', label: '中期检查报告' },
  { kind: 'acceptance_report', label: '验收（结题）报告' }, { kind: 'expert_opinion', label: '专家组意见' }, { kind: 'other', label: '其他材料' },
];

/** Files with size, SHA-256 and uploader; upload by kind when allowed. */
export function AttachmentsCard({ project }: { project: ProjectDetail }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const kinds = project.abilities.edit ? [...project.requiredAttachments, { kind: 'other', label: '其他材料' }] : laterKinds;
  const [kind, setKind] = useState(kinds[0]?.kind ?? 'other');
  const q = useQuery({ queryKey: projectKeys.sub(project.id, 'attachments'), queryFn: () => projectsApi.attachments(project.id) });
  const up = useMutation({
    mutationFn: (file: File) => uploadAttachment(project.id, kind, file),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: projectKeys.detail(project.id) });
      void message.success('已上传');
    },
    onError: (e: Error) => void message.error(e.message),
  });
  return (
    <>
      {project.abilities.upload && (
        <Space style={{ marginBottom: 12 }} data-testid="attachment-upload">
          <Select value={kind} onChange={setKind} style={{ width: 180 }} options={kinds.map((k) => ({ value: k.kind, label: k.label }))} />
          <Upload showUploadList={false} beforeUpload={(file) => { up.mutate(file); return false; }}>
            <Button icon={<UploadOutlined />} loading={up.isPending}>上传文件</Button>
          </Upload>
        </Space>
      )}
      <Table<Attachment> size="small" rowKey="id" pagination={false} dataSource={q.data?.items ?? []} data-testid="attachments-table"
        columns={[
          { title: '类型', dataIndex: 'kindLabel', width: 140 },
          { title: '文件', dataIndex: 'name', render: (v: string, r) => <a href={projectsApi.attachmentUrl(project.id, r.id)}>{v}</a> },
          { title: '大小', dataIndex: 'size', width: 100, render: (v: number) => `${(v / 1024).toFixed(1)} KB` },
          { title: 'SHA-256', dataIndex: 'sha256', width: 180, render: (v: string) => <Typography.Text code copyable={{ text: v }}>{v.slice(0, 12)}…</Typography.Text> },
          { title: '上传人', dataIndex: 'uploadedBy', width: 120 },
          { title: '上传时间', dataIndex: 'createdAt', width: 170, render: formatDateTime },
        ]} />
    </>
  );
}
