import { z } from 'zod';
import { serviceTypes } from '../../../../domain/commissioners/vocabulary';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { isoDate, villageCode, versionField } from '../common';

const counter = (title: string) => z.number().int().min(0).max(100_000).meta({ title });

export const logRow = z.object({
  id: z.uuid(),
  commissioner: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  serviceDate: z.string(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  place: z.string(),
  type: z.enum(serviceTypes),
  typeLabel: z.string(),
  content: z.string(),
  beneficiaries: z.number().int(),
  trained: z.number().int(),
  varieties: z.number().int(),
  technologies: z.number().int(),
  problemsSolved: z.number().int(),
  photoFileIds: z.array(z.uuid()),
  clientDraftId: z.string().nullable(),
  createdAt: z.string(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type LogRow = z.infer<typeof logRow>;
export const logPage = pageOf(logRow);

export const logQuery = z.object({
  ...pagingQuery,
  commissionerId: z.uuid().optional().meta({ title: '科技特派员' }),
  from: isoDate.optional().meta({ title: '开始日期' }),
  to: isoDate.optional().meta({ title: '结束日期' }),
  type: z.enum(serviceTypes).optional().meta({ title: '服务方式' }),
  regionPrefix: z.string().regex(/^\d{9}(\d{3})?$/).optional().meta({ title: '乡镇或村' }),
  q: z.string().trim().max(50).optional().meta({ title: '关键字' }),
});
export type LogFilter = z.infer<typeof logQuery>;

const fields = {
  serviceDate: isoDate.meta({ title: '服务日期' }),
  villageCode: villageCode.nullable().optional().meta({ title: '服务村' }),
  place: z.string().trim().min(2).max(100).meta({ title: '服务地点' }),
  type: z.enum(serviceTypes).meta({ title: '服务方式' }),
  content: z.string().trim().min(5).max(2000).meta({ title: '服务内容' }),
  beneficiaries: counter('受益人数'),
  trained: counter('培训人数'),
  varieties: counter('引进新品种（项）'),
  technologies: counter('推广新技术（项）'),
  problemsSolved: counter('解决技术问题（个）'),
  photoFileIds: z.array(z.uuid()).max(9).meta({ title: '照片' }),
};

export const createLogBody = z.object({
  commissionerId: z.uuid().optional().meta({ title: '科技特派员' }),
  clientDraftId: z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, '应为 8–64 位字母数字').optional().meta({ title: '草稿编号' }),
  ...fields,
  // A new log may leave counts and photos out; an update (below) changes only what it names.
  beneficiaries: fields.beneficiaries.default(0),
  trained: fields.trained.default(0),
  varieties: fields.varieties.default(0),
  technologies: fields.technologies.default(0),
  problemsSolved: fields.problemsSolved.default(0),
  photoFileIds: fields.photoFileIds.default([]),
});
export type CreateLog = z.infer<typeof createLogBody>;

export const updateLogBody = z.object({ version: versionField, ...fields }).partial({
  serviceDate: true, villageCode: true, place: true, type: true, content: true, beneficiaries: true, trained: true,
  varieties: true, technologies: true, problemsSolved: true, photoFileIds: true,
});
export type UpdateLog = z.infer<typeof updateLogBody>;

export const photoBody = z.object({
  name: z.string().trim().min(1).max(100).meta({ title: '文件名' }),
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp']).meta({ title: '图片格式' }),
  dataBase64: z.string().min(16).max(1_400_000).meta({ title: '图片内容' }),
});
