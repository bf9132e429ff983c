import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../../api/client';
import { projectsApi } from '../api/client';

/** Staff enter a paper application for an enterprise of the registry (企业库). */
export function PaperApplicationButton({ callId }: { callId: string }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [enterpriseId, setEnterpriseId] = useState<string>();
  const found = useQuery({
    queryKey: ['projects', 'enterprise-pick', q],
    queryFn: () => api.get<{ items: { id: string; name: string; uscc: string }[] }>('/api/v1/enterprises', { q, pageSize: 20 }),
    enabled: open,
  });
  const create = useMutation({ mutationFn: () => projectsApi.create({ callId, enterpriseId }), onSuccess: (p) => void navigate(`/projects/${p.id}`) });
  return (
    <>
      <Button onClick={() => setOpen(true)}>代录纸质申报</Button>
      <Modal open={open} title="代录纸质申报" okText="创建申报书" cancelText="取消" okButtonProps={{ disabled: !enterpriseId }} confirmLoading={create.isPending}
        onCancel={() => setOpen(false)} onOk={() => create.mutate()}>
        {create.error && <Alert type="error" showIcon title={create.error.message} style={{ marginBottom: 12 }} />}
        <Select showSearch filterOption={false} style={{ width: '100%' }} placeholder="输入企业名称或统一社会信用代码" onSearch={setQ} value={enterpriseId} onChange={setEnterpriseId}
          options={(found.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }))} />
      </Modal>
    </>
  );
}
