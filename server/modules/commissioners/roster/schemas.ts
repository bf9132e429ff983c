import { z } from 'zod';
import { commissionerForms, commissionerLevels, commissionerStatuses } from '../../../../domain/commissioners/vocabulary';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { isoDate, optionalText, versionField } from '../common';

const mobile = z.string().trim().regex(/^1[3-9]\d{9}$/, '应为 11 位手机号码').meta({ title: '手机号码' });

export const commissionerRow = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  code: z.string(),
  name: z.string(),
  form: z.enum(commissionerForms),
  formLabel: z.string(),
  level: z.enum(commissionerLevels),
  levelLabel: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  field: z.string(),
  speciality: z.string().nullable(),
  workUnit: z.string(),
  title: z.string().nullable(),
  isStudent: z.boolean(),
  phoneMasked: z.string().nullable(),
  user: z.object({ id: z.uuid(), username: z.string() }).nullable(),
  status: z.enum(commissionerStatuses),
  statusLabel: z.string(),
  round: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  selectedOn: z.string().nullable(),
  exitedOn: z.string().nullable(),
  exitReason: z.string().nullable(),
  teams: z.array(z.string()),
  activeVillages: z.number().int(),
  activeAssignments: z.number().int(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type CommissionerRow = z.infer<typeof commissionerRow>;
export const commissionerPage = pageOf(commissionerRow);

export const listQuery = z.object({
  ...pagingQuery,
  q: z.string().trim().max(50).optional().meta({ title: '关键字' }),
  level: z.enum(commissionerLevels).optional().meta({ title: '级别' }),
  form: z.enum(commissionerForms).optional().meta({ title: '形式' }),
  status: z.enum(commissionerStatuses).optional().meta({ title: '状态' }),
  field: z.string().trim().max(30).optional().meta({ title: '专业领域' }),
  isStudent: z.enum(['true', 'false']).optional().meta({ title: '大学生科技特派员' }),
  roundId: z.uuid().optional().meta({ title: '选聘批次' }),
  townCode: z.string().regex(/^\d{9}$/).optional().meta({ title: '派驻乡镇' }),
});
export type RosterFilter = z.infer<typeof listQuery>;

const editable = {
  code: z.string().trim().min(1).max(30).meta({ title: '编号' }),
  name: z.string().trim().min(2).max(60).meta({ title: '姓名/名称' }),
  form: z.enum(commissionerForms).meta({ title: '形式' }),
  level: z.enum(commissionerLevels).meta({ title: '级别' }),
  gender: z.enum(['male', 'female']).nullable().meta({ title: '性别' }),
  field: z.string().trim().min(2).max(30).meta({ title: '专业领域' }),
  speciality: optionalText(200, '专长'),
  workUnit: z.string().trim().min(2).max(100).meta({ title: '工作单位' }),
  title: optionalText(30, '职称'),
  isStudent: z.boolean().meta({ title: '大学生科技特派员' }),
  phone: mobile.nullable(),
  userId: z.uuid().nullable().meta({ title: '登录账号' }),
};

export const createBody = z.object({
  ...editable,
  code: editable.code.optional(),
  form: editable.form.default('individual'),
  gender: editable.gender.optional(),
  isStudent: editable.isStudent.default(false),
  phone: editable.phone.optional(),
  userId: editable.userId.optional(),
  status: z.enum(['candidate', 'active']).default('candidate').meta({ title: '状态' }),
  selectedOn: isoDate.nullable().optional().meta({ title: '选聘日期' }),
});
export type CreateCommissioner = z.infer<typeof createBody>;

export const updateBody = z.object({ version: versionField, ...editable }).partial({
  code: true, name: true, form: true, level: true, gender: true, field: true, speciality: true, workUnit: true,
  title: true, isStudent: true, phone: true, userId: true,
});
export type UpdateCommissioner = z.infer<typeof updateBody>;

export const exitBody = z.object({
  version: versionField,
  exitedOn: isoDate.meta({ title: '退出日期' }),
  reason: z.string().trim().min(2).max(200).meta({ title: '退出原因' }),
});
