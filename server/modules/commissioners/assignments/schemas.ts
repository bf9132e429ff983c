import { z } from 'zod';
import { agreementStatuses } from '../../../../domain/commissioners/vocabulary';
import { assignmentTargets } from '../../../db/schema/commissioners';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { isoDate, optionalText, villageCode, versionField } from '../common';

export const targetLabels: Record<(typeof assignmentTargets)[number], string> = { village: '行政村', enterprise: '企业', cooperative: '合作社/家庭农场' };

export const assignmentRow = z.object({
  id: z.uuid(),
  commissioner: z.object({ id: z.uuid(), code: z.string(), name: z.string(), field: z.string() }),
  targetKind: z.enum(assignmentTargets),
  targetKindLabel: z.string(),
  villageCode: z.string().nullable(),
  townName: z.string().nullable(),
  organisationId: z.uuid().nullable(),
  targetName: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  active: z.boolean(),
  needs: z.string().nullable(),
  agreement: z.object({ id: z.uuid(), status: z.enum(agreementStatuses) }).nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type AssignmentRow = z.infer<typeof assignmentRow>;
export const assignmentPage = pageOf(assignmentRow);

export const assignmentQuery = z.object({
  ...pagingQuery,
  commissionerId: z.uuid().optional().meta({ title: '科技特派员' }),
  targetKind: z.enum(assignmentTargets).optional().meta({ title: '派驻对象类型' }),
  regionPrefix: z.string().regex(/^\d{9}(\d{3})?$/).optional().meta({ title: '乡镇或村' }),
  active: z.enum(['true', 'false']).optional().meta({ title: '是否在派' }),
  q: z.string().trim().max(50).optional().meta({ title: '关键字' }),
});
export type AssignmentFilter = z.infer<typeof assignmentQuery>;

export const createAssignmentBody = z.object({
  commissionerId: z.uuid().meta({ title: '科技特派员' }),
  targetKind: z.enum(assignmentTargets).meta({ title: '派驻对象类型' }),
  villageCode: villageCode.optional().meta({ title: '派驻村' }),
  organisationId: z.uuid().optional().meta({ title: '派驻单位' }),
  targetName: z.string().trim().min(2).max(100).optional().meta({ title: '派驻对象名称' }),
  startsOn: isoDate.meta({ title: '开始日期' }),
  endsOn: isoDate.nullable().optional().meta({ title: '结束日期' }),
  needs: optionalText(500, '需求信息'),
});
export type CreateAssignment = z.infer<typeof createAssignmentBody>;

export const updateAssignmentBody = z.object({
  version: versionField,
  startsOn: isoDate.optional().meta({ title: '开始日期' }),
  endsOn: isoDate.nullable().optional().meta({ title: '结束日期' }),
  needs: optionalText(500, '需求信息'),
});
export type UpdateAssignment = z.infer<typeof updateAssignmentBody>;
