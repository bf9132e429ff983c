import { z } from 'zod';
import { commissionerLevels, teamKinds } from '../../../../domain/commissioners/vocabulary';
import { isoDate, optionalText, versionField } from '../common';

export const teamRow = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(teamKinds),
  kindLabel: z.string(),
  level: z.enum(commissionerLevels),
  levelLabel: z.string(),
  field: z.string(),
  leadUnit: z.string().nullable(),
  adminHead: z.string().nullable(),
  formedOn: z.string().nullable(),
  members: z.array(z.object({ id: z.uuid(), name: z.string(), code: z.string(), field: z.string(), role: z.enum(['technical_head', 'member']) })),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type TeamRow = z.infer<typeof teamRow>;

const member = z.object({ commissionerId: z.uuid().meta({ title: '成员' }), role: z.enum(['technical_head', 'member']).default('member').meta({ title: '团内角色' }) });

const fields = {
  name: z.string().trim().min(2).max(60).meta({ title: '特派团名称' }),
  kind: z.enum(teamKinds).meta({ title: '类型' }),
  level: z.enum(commissionerLevels).meta({ title: '级别' }),
  field: z.string().trim().min(2).max(60).meta({ title: '服务产业' }),
  leadUnit: optionalText(100, '组建单位'),
  adminHead: optionalText(30, '行政团长'),
  formedOn: isoDate.nullable().optional().meta({ title: '组建日期' }),
  members: z.array(member).max(50).meta({ title: '成员' }),
};

export const createTeamBody = z.object(fields);
export const updateTeamBody = z.object({ version: versionField, ...fields }).partial({
  name: true, kind: true, level: true, field: true, members: true,
});
export type TeamInput = z.infer<typeof createTeamBody>;
export type TeamUpdate = z.infer<typeof updateTeamBody>;
