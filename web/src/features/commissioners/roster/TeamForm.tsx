import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { commonFields } from '../../../../../domain/commissioners/vocabulary';
import { adminApi, type Team, type TeamInput } from '../api/admin';
import { commissionerKeys } from '../api/client';
import { levelOptions } from '../access';
import { SaveAlert, useLatest, useSaveError } from '../form-feedback';
import { CommissionerPicker, type PickedPerson } from '../pickers/CommissionerPicker';

interface Values { name: string; kind: TeamInput['kind']; level: TeamInput['level']; field: string; leadUnit?: string; adminHead?: string; formedOn?: Dayjs | null; members: string[]; technicalHead?: string }

const valuesOf = (t: Team | null): Partial<Values> => (t
  ? { name: t.name, kind: t.kind, level: t.level, field: t.field, leadUnit: t.leadUnit ?? '', adminHead: t.adminHead ?? '', formedOn: t.formedOn ? dayjs(t.formedOn) : null,
    members: t.members.map((m) => m.id), technicalHead: t.members.find((m) => m.role === 'technical_head')?.id }
  : { kind: 'composite', level: 'county', members: [], formedOn: dayjs() });

/** 组建 or edit a 科技特派团: type, members (replaced as a whole), 技术团长 among them, 行政团长 by name. */
export function TeamForm({ team: initial, onClose }: { team: Team | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [people, setPeople] = useState<PickedPerson[]>(initial?.members ?? []);
  const { error, clear, onError } = useSaveError(form, ['name', 'kind', 'level', 'field', 'leadUnit', 'adminHead', 'formedOn', 'members']);
  const [team, reload] = useLatest(initial, adminApi.team, (fresh) => {
    setPeople(fresh.members);
    form.setFieldsValue(valuesOf(fresh));
    clear();
  });
  const memberIds = Form.useWatch('members', form) ?? [];
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: TeamInput = { name: v.name, kind: v.kind, level: v.level, field: v.field, leadUnit: v.leadUnit || null, adminHead: v.adminHead || null,
        formedOn: v.formedOn?.format('YYYY-MM-DD') ?? null,
        members: v.members.map((id) => ({ commissionerId: id, role: id === v.technicalHead ? 'technical_head' as const : 'member' as const })) };
      return team ? adminApi.updateTeam(team.id, { ...body, version: team.version }) : adminApi.createTeam(body);
    },
    onSuccess: (t) => { void message.success(team ? `已保存 ${t.name}` : `已组建 ${t.name}`); void qc.invalidateQueries({ queryKey: commissionerKeys.all }); onClose(); },
    onError,
  });
  return (
    <Modal open title={team ? `编辑科技特派团：${team.name}` : '组建科技特派团'} okText="保存" cancelText="取消" width={640} confirmLoading={save.isPending}
      onCancel={onClose} onOk={() => form.submit()}>
      <SaveAlert error={error} onReload={reload} />
      <Form form={form} layout="vertical" initialValues={valuesOf(team)} onFinish={(v) => { clear(); save.mutate(v); }} data-testid="team-form">
        <Form.Item name="name" label="特派团名称" rules={[{ required: true, min: 2, max: 60 }]}><Input placeholder="如：霍邱县稻虾综合种养科技特派团" /></Form.Item>
        <Form.Item name="kind" label="类型"><Radio.Group options={[{ value: 'composite', label: '复合型' }, { value: 'professional', label: '专业型' }]} /></Form.Item>
        <Form.Item name="level" label="级别"><Select options={levelOptions} /></Form.Item>
        <Form.Item name="field" label="服务产业" rules={[{ required: true, min: 2 }]}><AutoComplete options={commonFields.map((f) => ({ value: f }))} /></Form.Item>
        <Form.Item name="leadUnit" label="组建单位"><Input /></Form.Item>
        <Form.Item name="adminHead" label="行政团长" extra="一般由县（乡）领导担任，填写姓名和职务"><Input /></Form.Item>
        <Form.Item name="formedOn" label="组建日期"><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="members" label="成员" extra="保存时整体替换原有成员">
          <CommissionerPicker key={team?.version} multiple known={team?.members} onPeople={setPeople} />
        </Form.Item>
        <Form.Item name="technicalHead" label="技术团长（从成员中选一位）">
          <Select allowClear placeholder="选择技术团长" options={people.filter((p) => memberIds.includes(p.id)).map((p) => ({ value: p.id, label: `${p.name}（${p.code}）` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
