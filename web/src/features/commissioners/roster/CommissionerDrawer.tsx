import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Divider, Drawer, Form, Input, Modal, Space, Statistic, Tag, Typography, DatePicker, Row, Col } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { MaskedField } from '../../../components/MaskedField';
import { commissionerKeys, commissionersApi } from '../api/client';
import { gradeColors, statusColors, useCanManage } from '../access';
import { CommissionerFunds } from '../extras/CommissionerFunds';
import { AssignmentForm } from './AssignmentForm';
import { CommissionerForm } from './CommissionerForm';
import { AssignmentsList } from './AssignmentsList';
import { LogsPanel } from './LogsPanel';

function ExitButton({ id, version, name }: { id: string; version: number; name: string }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ exitedOn: Dayjs; reason: string }>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const exit = useMutation({
    mutationFn: (v: { exitedOn: Dayjs; reason: string }) => commissionersApi.exit(id, { version, exitedOn: v.exitedOn.format('YYYY-MM-DD'), reason: v.reason }),
    onSuccess: () => { void message.success(`${name} 已退出`); setOpen(false); void qc.invalidateQueries({ queryKey: commissionerKeys.all }); },
    onError: (err) => void message.error(err.message),
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>退出</Button>
      <Modal open={open} title={`${name} 退出`} okText="确认退出" okButtonProps={{ danger: true }} confirmLoading={exit.isPending} onCancel={() => setOpen(false)} onOk={() => form.submit()}>
        <Form form={form} layout="vertical" initialValues={{ exitedOn: dayjs() }} onFinish={(v) => exit.mutate(v)}>
          <Form.Item name="exitedOn" label="退出日期" rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="reason" label="退出原因" rules={[{ required: true, min: 2 }]}><Input.TextArea rows={2} /></Form.Item>
          <Typography.Text type="secondary">退出后，该特派员所有在派的派驻将于退出日期结束。</Typography.Text>
        </Form>
      </Modal>
    </>
  );
}

/** One commissioner: profile, 派驻 and agreements, this year's service figures, appraisal history. */
export function CommissionerDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const canManage = useCanManage();
  const [assigning, setAssigning] = useState(false);
  const [editing, setEditing] = useState(false);
  const year = dayjs().year();
  const c = useQuery({ queryKey: commissionerKeys.one(id), queryFn: () => commissionersApi.one(id) });
  const s = useQuery({ queryKey: commissionerKeys.summary({ year, commissionerId: id }), queryFn: () => commissionersApi.summary({ year, commissionerId: id }) });
  const h = useQuery({ queryKey: commissionerKeys.history(id), queryFn: () => commissionersApi.history(id) });
  const row = c.data;
  const sum = s.data?.items[0];
  return (
    <Drawer open size={640} title={row ? `${row.name}（${row.code}）` : '科技特派员'} onClose={onClose} loading={c.isPending}
      extra={row && canManage && <Space>
        <Button onClick={() => setEditing(true)}>编辑</Button>
        {row.status === 'active' && <ExitButton id={row.id} version={row.version} name={row.name} />}
      </Space>}>
      {row && (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="级别">{row.levelLabel}</Descriptions.Item>
            <Descriptions.Item label="形式">{row.formLabel}{row.isStudent && <Tag color="cyan" style={{ marginLeft: 6 }}>大学生</Tag>}</Descriptions.Item>
            <Descriptions.Item label="专业领域">{row.field}</Descriptions.Item>
            <Descriptions.Item label="职称">{row.title ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="工作单位" span={2}>{row.workUnit}</Descriptions.Item>
            <Descriptions.Item label="手机"><MaskedField masked={row.phoneMasked} reveal={canManage ? () => commissionersApi.revealPhone(row.id) : undefined} label="手机号" /></Descriptions.Item>
            <Descriptions.Item label="状态"><Tag color={statusColors[row.status]}>{row.statusLabel}</Tag>{row.exitReason ? `（${row.exitedOn} ${row.exitReason}）` : ''}</Descriptions.Item>
            <Descriptions.Item label="选聘">{row.round?.name ?? '—'}{row.selectedOn ? `（${row.selectedOn}）` : ''}</Descriptions.Item>
            <Descriptions.Item label="登录账号">{row.user?.username ?? '未关联'}</Descriptions.Item>
            <Descriptions.Item label="科技特派团" span={2}>{row.teams.length ? row.teams.join('、') : '—'}</Descriptions.Item>
          </Descriptions>
          <Divider titlePlacement="start">{year} 年服务情况</Divider>
          <Row gutter={12}>
            {([['服务天数', sum?.serviceDays], ['服务次数', sum?.services], ['培训人次', sum?.trainedPeople], ['新品种', sum?.varieties], ['新技术', sum?.technologies], ['解决问题', sum?.problemsSolved]] as const)
              .map(([t, v]) => <Col span={4} key={t}><Statistic title={t} value={v ?? 0} /></Col>)}
          </Row>
          <Divider titlePlacement="start">派驻与三方协议</Divider>
          <AssignmentsList commissionerId={row.id} canManage={canManage} />
          {canManage && row.status === 'active' && (assigning
            ? <AssignmentForm commissionerId={row.id} onDone={() => setAssigning(false)} />
            : <Button onClick={() => setAssigning(true)}>新增派驻</Button>)}
          <Divider titlePlacement="start">服务日志</Divider>
          <LogsPanel commissionerId={row.id} canManage={canManage} />
          <Divider titlePlacement="start">经费</Divider>
          <CommissionerFunds commissionerId={row.id} />
          <Divider titlePlacement="start">历年考核</Divider>
          <Space wrap>
            {(h.data?.items ?? []).map((x) => <Tag key={x.sheetId} color={gradeColors[x.grade]}>{x.year} 年：{x.gradeLabel}（{x.total} 分{x.status === 'draft' ? '，未公布' : ''}）</Tag>)}
            {h.data?.items.length === 0 && <Typography.Text type="secondary">暂无考核记录</Typography.Text>}
          </Space>
        </>
      )}
      {editing && row && <CommissionerForm row={row} onClose={() => setEditing(false)} />}
    </Drawer>
  );
}
