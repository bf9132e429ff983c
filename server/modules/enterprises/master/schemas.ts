import { z } from 'zod';
import { funnelStages, tierKinds } from '../../../../domain/enterprise/codes';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { isoDate, userRef, version } from '../common/schemas';

const regionCode = z.string().regex(/^\d{6}(\d{3})?$/, '应为 6 位县级或 9 位乡镇级区划代码').meta({ title: '所在地区' });
const industryCode = z.string().regex(/^\d{2}$/, '应为 2 位国民经济行业大类代码').meta({ title: '所属行业' });
const hnteFieldCode = z.string().regex(/^\d(\d{2}){0,2}$/, '应为技术领域代码').meta({ title: '技术领域' });
const phone = z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, '应为手机号码或带区号的固定电话').meta({ title: '联系电话' });
const text = (title: string, max = 200) => z.string().trim().min(1).max(max).meta({ title });
const tags = z.array(z.string().trim().min(1).max(20)).max(20).meta({ title: '标签' });

const editable = {
  name: z.string().trim().min(2).max(100).meta({ title: '企业名称' }),
  regionCode,
  industryCode: industryCode.nullable(),
  foundedOn: isoDate('成立日期').nullable(),
  address: text('地址').nullable(),
  legalRep: text('法定代表人', 50).nullable(),
  contactName: text('联系人', 50).nullable(),
  phone: phone.nullable(),
  hnteFieldCode: hnteFieldCode.nullable(),
  tags,
  cadreUserId: z.uuid().nullable().meta({ title: '包保干部' }),
  organisationId: z.uuid().nullable().meta({ title: '企业账号所属单位' }),
};
const uscc = z.string().trim().min(1).max(40).meta({ title: '统一社会信用代码' });

export const createBody = z.object({
  uscc,
  name: editable.name,
  regionCode,
  industryCode: editable.industryCode.optional(),
  foundedOn: editable.foundedOn.optional(),
  address: editable.address.optional(),
  legalRep: editable.legalRep.optional(),
  contactName: editable.contactName.optional(),
  phone: editable.phone.optional(),
  hnteFieldCode: editable.hnteFieldCode.optional(),
  tags: tags.optional(),
  cadreUserId: editable.cadreUserId.optional(),
  organisationId: editable.organisationId.optional(),
});
export const updateBody = z.object({ version, uscc: uscc.optional(), ...z.object(editable).partial().shape });
export type CreateInput = z.infer<typeof createBody>;
export type UpdateInput = z.infer<typeof updateBody>;

export const listQuery = z.object({
  ...pagingQuery,
  q: z.string().trim().max(100).optional().meta({ title: '关键字（企业名称或统一社会信用代码）' }),
  regionCode: z.string().regex(/^\d{2,12}$/).optional().meta({ title: '地区' }),
  tier: z.enum(tierKinds).optional().meta({ title: '资质' }),
  stage: z.enum([...funnelStages, 'none']).optional().meta({ title: '培育阶段' }),
  industry: z.string().regex(/^([A-T]|\d{2})$/).optional().meta({ title: '行业（门类字母或大类代码）' }),
  field: hnteFieldCode.optional(),
  tag: z.string().trim().max(20).optional().meta({ title: '标签' }),
  cadre: z.union([z.uuid(), z.literal('me')]).optional().meta({ title: '包保干部' }),
  sort: z.enum(['name', 'founded', 'updated']).default('name').meta({ title: '排序' }),
  order: z.enum(['asc', 'desc']).default('asc').meta({ title: '顺序' }),
});

const named = z.object({ code: z.string(), name: z.string() });
export const enterpriseRow = z.object({
  id: z.uuid(),
  uscc: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  county: named,
  town: named.nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  hnteFieldCode: z.string().nullable(),
  hnteFieldName: z.string().nullable(),
  foundedOn: z.string().nullable(),
  funnelStage: z.enum(funnelStages).nullable(),
  funnelStageLabel: z.string(),
  tiers: z.array(z.enum(tierKinds)),
  tags: z.array(z.string()),
  cadre: userRef.nullable(),
  isDemo: z.boolean(),
  version: z.int(),
  updatedAt: z.string(),
});
export const enterprisePage = pageOf(enterpriseRow);
export type EnterpriseRowOut = z.infer<typeof enterpriseRow>;

export const revealPhoneResponse = z.object({ phone: z.string().nullable() });
