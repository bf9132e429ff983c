import { CameraOutlined, CloseCircleFilled } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { serviceTypeLabels, serviceTypes, type ServiceType } from '../../../../../domain/commissioners/vocabulary';
import { type Draft, type DraftPhoto, newDraftId } from './drafts';
import { compressPhoto } from './photos';

interface Props {
  villages: Array<{ code: string; name: string }>;
  initial?: Draft;
  onSave: (draft: Draft, submit: boolean) => void;
  onCancel: () => void;
}

interface Values {
  serviceDate: string; villageCode?: string; place: string; type: ServiceType; content: string;
  beneficiaries?: number; trained?: number; varieties?: number; technologies?: number; problemsSolved?: number;
}

/** Which count goes with which way of serving; 受益人数 is asked for every log. */
const typeCount: Partial<Record<ServiceType, { name: keyof Values; label: string }>> = {
  training: { name: 'trained', label: '培训人数' },
  variety: { name: 'varieties', label: '引进新品种（项）' },
  technology: { name: 'technologies', label: '推广新技术（项）' },
  problem: { name: 'problemsSolved', label: '解决技术问题（个）' },
};
const big = { height: 48, fontSize: 16 };

/** The phone form of one service log; saving always goes through a local draft first. */
export function LogForm({ villages, initial, onSave, onCancel }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [photos, setPhotos] = useState<DraftPhoto[]>(initial?.photos ?? []);
  const type = Form.useWatch('type', form) as ServiceType | undefined;
  const extra = type ? typeCount[type] : undefined;
  const start: Partial<Values> = initial
    ? { ...initial.input, villageCode: initial.input.villageCode ?? undefined }
    : { serviceDate: dayjs().format('YYYY-MM-DD'), villageCode: villages[0]?.code, place: villages[0] ? `${villages[0].name}田间` : '', type: 'onsite', beneficiaries: 0 };

  const addPhotos = async (files: FileList | null) => {
    for (const file of Array.from(files ?? []).slice(0, 9 - photos.length)) {
      try {
        const p = await compressPhoto(file);
        setPhotos((prev) => [...prev, p]);
      } catch (err) {
        void message.error((err as Error).message);
      }
    }
  };
  const finish = (submit: boolean) => async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const count = (k: keyof Values) => Number(v[k] ?? 0) || 0;
    onSave({
      clientDraftId: initial?.clientDraftId ?? newDraftId(), savedAt: new Date().toISOString(), photos,
      input: { serviceDate: v.serviceDate, villageCode: v.villageCode ?? null, place: v.place, type: v.type, content: v.content, beneficiaries: count('beneficiaries'),
        trained: v.type === 'training' ? count('trained') : 0, varieties: v.type === 'variety' ? count('varieties') : 0,
        technologies: v.type === 'technology' ? count('technologies') : 0, problemsSolved: v.type === 'problem' ? count('problemsSolved') : 0 },
    }, submit);
  };

  return (
    <Form form={form} layout="vertical" size="large" initialValues={start} data-testid="log-form" requiredMark={false}>
      {initial?.error && <Typography.Paragraph type="danger">上次提交未成功：{initial.error}</Typography.Paragraph>}
      <Form.Item name="serviceDate" label="服务日期" rules={[{ required: true, message: '请选择服务日期' }]}>
        <Input type="date" max={dayjs().format('YYYY-MM-DD')} style={big} />
      </Form.Item>
      <Form.Item name="villageCode" label="服务村">
        <Select allowClear placeholder="不在派驻村服务时可不选" options={villages.map((v) => ({ value: v.code, label: v.name }))}
          onChange={(code) => { const v = villages.find((x) => x.code === code); if (v) form.setFieldValue('place', `${v.name}田间`); }} />
      </Form.Item>
      <Form.Item name="place" label="服务地点" rules={[{ required: true, min: 2, message: '请填写服务地点（至少 2 个字）' }]}>
        <Input placeholder="如：燎原村蔬菜大棚" style={big} />
      </Form.Item>
      <Form.Item name="type" label="服务方式" rules={[{ required: true }]}>
        <Radio.Group optionType="button" buttonStyle="solid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}
          options={serviceTypes.map((t) => ({ value: t, label: serviceTypeLabels[t], style: { ...big, lineHeight: '46px', textAlign: 'center', borderRadius: 8 } }))} />
      </Form.Item>
      <Form.Item name="content" label="服务内容" rules={[{ required: true, min: 5, message: '请填写服务内容（至少 5 个字）' }]}>
        <Input.TextArea rows={4} maxLength={2000} placeholder="做了什么、解决了什么问题" style={{ fontSize: 16 }} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="beneficiaries" label="受益人数" style={{ flex: 1 }}>
          <InputNumber min={0} max={100000} inputMode="numeric" style={{ width: '100%', ...big }} />
        </Form.Item>
        {extra && (
          <Form.Item name={extra.name} label={extra.label} style={{ flex: 1 }} rules={[{ required: true, message: `请填写${extra.label}` }]}>
            <InputNumber min={0} max={100000} inputMode="numeric" style={{ width: '100%', ...big }} />
          </Form.Item>
        )}
      </Flex>
      <Form.Item label={`现场照片（${photos.length}/9）`}>
        <Flex wrap gap={8}>
          {photos.map((p, i) => (
            <div key={i} style={{ position: 'relative' }}>
              <img src={p.dataUrl} alt={p.name} style={{ width: 72, height: 72, objectFit: 'cover', borderRadius: 8 }} />
              <CloseCircleFilled onClick={() => setPhotos(photos.filter((_, j) => j !== i))} style={{ position: 'absolute', top: -6, right: -6, fontSize: 20, color: '#ff4d4f' }} />
            </div>
          ))}
          {photos.length < 9 && (
            <label style={{ width: 72, height: 72, border: '1px dashed #bbb', borderRadius: 8, display: 'grid', placeItems: 'center', fontSize: 24, color: '#888' }}>
              <CameraOutlined />
              <input type="file" accept="image/*" capture="environment" multiple hidden onChange={(e) => void addPhotos(e.target.files)} />
            </label>
          )}
        </Flex>
      </Form.Item>
      <Flex vertical gap={10}>
        <Button type="primary" block style={big} onClick={() => void finish(true)()} data-testid="log-submit">提交日志</Button>
        <Flex gap={10}>
          <Button block style={big} onClick={() => void finish(false)()}>存为草稿</Button>
          <Button block style={big} onClick={onCancel}>取消</Button>
        </Flex>
      </Flex>
    </Form>
  );
}
