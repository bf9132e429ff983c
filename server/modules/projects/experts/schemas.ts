import { z } from 'zod';
import { expertCategories } from '../../../../domain/projects/catalog';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { version } from '../shared/zod';

const status = z.enum(['active', 'paused', 'retired']);

export const expertRow = z.object({
  id: z.uuid(),
  name: z.string(),
  category: z.enum(expertCategories),
  categoryLabel: z.string(),
  fields: z.array(z.string()),
  fieldLabels: z.array(z.string()),
  title: z.string().nullable(),
  organisation: z.object({ id: z.uuid().nullable(), name: z.string() }),
  enterpriseIds: z.array(z.uuid()),
  regionCode: z.string(),
  phoneMasked: z.string().nullable(),
  status,
  quota: z.number().int(),
  load: z.number().int(),
  hasAccount: z.boolean(),
  conflicts: z.number().int(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), revealPhone: z.boolean() }),
});

export const expertBody = z.object({
  name: z.string().trim().min(2).max(50).meta({ title: '姓名' }),
  category: z.enum(expertCategories).meta({ title: '专家类别' }),
  fields: z.array(z.string().trim().min(1).max(40)).max(10).default([]).meta({ title: '专业领域' }),
  title: z.string().trim().max(50).nullable().optional().meta({ title: '职称' }),
  organisationId: z.uuid().nullable().optional().meta({ title: '工作单位（单位库）' }),
  organisationName: z.string().trim().min(2).max(100).meta({ title: '工作单位' }),
  enterpriseIds: z.array(z.uuid()).max(20).default([]).meta({ title: '任职或持股企业' }),
  phone: z.string().trim().regex(/^1[3-9]\d{9}$/, '应为 11 位手机号码').nullable().optional().meta({ title: '手机号码' }),
  status: status.default('active').meta({ title: '状态' }),
  quota: z.number().int().min(1).max(200).default(20).meta({ title: '年度评审次数上限' }),
  userId: z.uuid().nullable().optional().meta({ title: '专家账号' }),
});
export const expertPatch = expertBody.partial().extend({ version });

export const expertListQuery = z.object({
  ...pagingQuery,
  q: z.string().trim().max(50).optional().meta({ title: '关键字' }),
  category: z.enum(expertCategories).optional().meta({ title: '专家类别' }),
  field: z.string().trim().max(40).optional().meta({ title: '专业领域' }),
  status: status.optional().meta({ title: '状态' }),
});

export const conflictRow = z.object({
  id: z.uuid(),
  kind: z.enum(['collaborator', 'relation']),
  organisationId: z.uuid().nullable(),
  projectId: z.uuid().nullable(),
  note: z.string(),
  createdAt: z.string(),
});
export const conflictBody = z.object({
  kind: z.enum(['collaborator', 'relation']).meta({ title: '回避类型' }),
  organisationId: z.uuid().nullable().optional().meta({ title: '相关单位' }),
  projectId: z.uuid().nullable().optional().meta({ title: '相关项目' }),
  note: z.string().trim().min(2).max(500).meta({ title: '说明' }),
});

export const expertPage = pageOf(expertRow);
export const conflictList = z.object({ items: z.array(conflictRow) });
export const expertConflictParams = z.object({ id: z.uuid(), conflictId: z.uuid() });
