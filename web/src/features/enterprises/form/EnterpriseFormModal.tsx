import { Col, Form, Input, Modal, Row, Select } from 'antd';
import { normalizeUscc } from '../../../../../domain/uscc';
import { useCurrentUser } from '../../../app/auth';
import { AccountSelect } from '../../../components/AccountSelect';
import { RegionCascader } from '../../../components/RegionCascader';
import { usccRule } from '../../../components/uscc-rule';
import { enterprisesApi } from '../api/client';
import type { EnterpriseDetail } from '../api/types';
import { DateItem } from './DateItem';
import { FormAlert } from './FormAlert';
import { useFormMutation } from './useFormMutation';
import { HnteFieldPicker, IndustryPicker } from '../pickers';

interface Values {
  uscc: string; name: string; regionCode: string; industryCode?: string; foundedOn?: string; address?: string; legalRep?: string;
  contactName?: string; phone?: string; hnteFieldCode?: string; tags?: string[]; cadreUserId?: string;
}
const fields = ['uscc', 'name', 'regionCode', 'industryCode', 'foundedOn', 'address', 'legalRep', 'contactName', 'phone', 'hnteFieldCode', 'tags', 'cadreUserId'] as const;
/** What an enterprise user may change on its own record (server/modules/enterprises/policy.ts). */
const selfService = ['address', 'legalRep', 'contactName', 'industryCode', 'hnteFieldCode', 'phone'] as const;
const NO_CADRE = '__none';

function bodyOf(v: Values, editing: boolean, profileOnly: boolean): Record<string, unknown> {
  const keys: readonly string[] = profileOnly ? selfService : fields;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    let value = (v as unknown as Record<string, unknown>)[k];
    if (k === 'cadreUserId' && value === NO_CADRE) value = null;
    if (typeof value === 'string') value = value.trim();
    // phone: an empty box on edit keeps the stored number (only its masked form is shown).
    if (k === 'phone' && editing && !value) continue;
    if (value === '' || value === undefined) value = editing ? null : undefined;
    if (value !== undefined) out[k] = value;
  }
  if (typeof out.uscc === 'string') out.uscc = normalizeUscc(out.uscc);
  return out;
}

/** 登记企业 (detail = undefined) or edit one; staff edit everything, an enterprise user its own profile fields. */
export function EnterpriseFormModal({ detail, onClose, onSaved }: { detail?: EnterpriseDetail; onClose: () => void; onSaved?: (d: EnterpriseDetail) => void }) {
  const me = useCurrentUser();
  const profileOnly = !!detail && !detail.abilities.update;
  const m = useFormMutation<Values, EnterpriseDetail>(fields, (v) => {
    const body = bodyOf(v, !!detail, profileOnly);
    return detail ? enterprisesApi.update(detail.id, { ...body, version: detail.version }) : enterprisesApi.create(body);
  }, detail ? '已保存' : '企业已登记', onClose, onSaved);
  const cadreOptions = [
    { value: NO_CADRE, label: '（无）' },
    ...(detail?.cadre && detail.cadre.id !== me.id ? [{ value: detail.cadre.id, label: detail.cadre.name }] : []),
    { value: me.id, label: `${me.displayName}（我）` },
  ];
  const initialValues: Partial<Values> | undefined = detail ? {
    uscc: detail.uscc, name: detail.name, regionCode: detail.regionCode, industryCode: detail.industryCode ?? undefined, foundedOn: detail.foundedOn ?? undefined,
    address: detail.address ?? undefined, legalRep: detail.legalRep ?? undefined, contactName: detail.contactName ?? undefined,
    hnteFieldCode: detail.hnteFieldCode ?? undefined, tags: detail.tags, cadreUserId: detail.cadre?.id ?? NO_CADRE,
  } : { cadreUserId: me.id, tags: [], regionCode: me.organisation.regionCode };
  const staffOnly = { disabled: profileOnly };
  return (
    <Modal open title={detail ? `编辑企业：${detail.name}` : '登记企业'} okText={detail ? '保存' : '登记'} onCancel={onClose} width={760}
      confirmLoading={m.pending} onOk={m.submit}>
      <FormAlert error={m.error} />
      <Form form={m.form} layout="vertical" initialValues={initialValues} requiredMark="optional" data-testid="enterprise-form">
        <Row gutter={16}>
          <Col span={12}><Form.Item name="uscc" label="统一社会信用代码" rules={[{ required: true, message: '请输入统一社会信用代码' }, usccRule]}>
            <Input maxLength={20} style={{ textTransform: 'uppercase' }} {...staffOnly} />
          </Form.Item></Col>
          <Col span={12}><Form.Item name="name" label="企业名称" rules={[{ required: true, whitespace: true, min: 2, message: '请输入企业名称' }]}>
            <Input maxLength={100} {...staffOnly} />
          </Form.Item></Col>
          <Col span={12}><Form.Item name="regionCode" label="所在地区" rules={[{ required: true, message: '请选择县（区）或乡镇' }]}>
            <RegionCascader maxDepth={4} {...staffOnly} />
          </Form.Item></Col>
          <Col span={12}><DateItem name="foundedOn" label="成立日期" disabled={profileOnly} /></Col>
          <Col span={12}><Form.Item name="industryCode" label="所属行业"><IndustryPicker placeholder="国民经济行业大类" /></Form.Item></Col>
          <Col span={12}><Form.Item name="hnteFieldCode" label="技术领域"><HnteFieldPicker leavesOnly placeholder="国家重点支持的高新技术领域" /></Form.Item></Col>
          <Col span={24}><Form.Item name="address" label="地址"><Input maxLength={200} /></Form.Item></Col>
          <Col span={8}><Form.Item name="legalRep" label="法定代表人"><Input maxLength={50} /></Form.Item></Col>
          <Col span={8}><Form.Item name="contactName" label="联系人"><Input maxLength={50} /></Form.Item></Col>
          <Col span={8}><Form.Item name="phone" label="联系电话" extra={detail?.phoneMasked ? `现为 ${detail.phoneMasked}，留空不修改` : undefined}>
            <Input maxLength={20} />
          </Form.Item></Col>
          <Col span={16}><Form.Item name="tags" label="标签"><Select mode="tags" maxCount={20} placeholder="输入后回车" {...staffOnly} /></Form.Item></Col>
          <Col span={8}><Form.Item name="cadreUserId" label="包保干部"><AccountSelect roles={['staff', 'leader']} fixedOptions={cadreOptions} {...staffOnly} /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  );
}
