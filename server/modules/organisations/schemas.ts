import { z } from 'zod';
import { organisationKinds } from '../../db/schema';
import { pageOf, pagingQuery } from '../../platform/http/paging';

export const organisationKindLabels: Record<(typeof organisationKinds)[number], string> = {
  bureau: '科技局',
  member_unit: '成员单位',
  enterprise: '企业',
  institution: '高校/科研院所',
  village: '村/合作社',
  platform_operator: '平台运营单位',
};

const kind = z.enum(organisationKinds).meta({ title: '单位类型' });
const regionCode = z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, '应为 2/4/6/9/12 位区划代码').meta({ title: '所在地区' });
const uscc = z.string().trim().max(30).meta({ title: '统一社会信用代码' });

export const organisationRow = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  kindLabel: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  uscc: z.string().nullable(),
  userCount: z.number().int(),
  isDemo: z.boolean(),
  version: z.number().int(),
});

export const listQuery = z.object({
  ...pagingQuery,
  q: z.string().trim().max(100).optional().meta({ title: '关键字' }),
  kind: kind.optional(),
  regionCode: regionCode.optional(),
});

export const createBody = z.object({
  name: z.string().trim().min(2).max(100).meta({ title: '单位名称' }),
  kind,
  regionCode,
  uscc: uscc.optional().nullable(),
});

export const updateBody = z.object({
  version: z.number().int().min(1).meta({ title: '版本号' }),
  name: z.string().trim().min(2).max(100).optional().meta({ title: '单位名称' }),
  kind: kind.optional(),
  regionCode: regionCode.optional(),
  uscc: uscc.optional().nullable(),
});

export const idParams = z.object({ id: z.uuid().meta({ title: '单位ID' }) });
export const organisationPage = pageOf(organisationRow);
export type OrganisationRow = z.infer<typeof organisationRow>;
