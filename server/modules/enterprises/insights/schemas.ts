import { z } from 'zod';
import { reminderKinds } from '../../../../domain/enterprise/reminders';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { enterpriseRow } from '../master/schemas';

export const reminder = z.object({
  kind: z.enum(reminderKinds),
  kindLabel: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  dueOn: z.string().nullable(),
  severity: z.enum(['info', 'warning', 'danger']),
  message: z.string(),
});
export const reminderPage = pageOf(reminder);

const regionCode = z.string().regex(/^\d{2,12}$/).optional().meta({ title: '地区' });
/** The longest window a reader may look ahead; the kept reminders are computed for it. */
export const reminderMonthsMax = 36;
export const remindersQuery = z.object({
  ...pagingQuery,
  months: z.coerce.number().int().min(1).max(reminderMonthsMax).default(3).meta({ title: '提前月数' }),
  kind: z.enum(reminderKinds).optional().meta({ title: '提醒类型' }),
  regionCode,
});

export const candidatesQuery = z.object({
  ...pagingQuery,
  target: z.enum(['hnte', 'tech_sme']).optional().meta({ title: '培育目标' }),
  regionCode,
});
export const candidate = z.object({
  enterprise: enterpriseRow,
  target: z.enum(['hnte', 'tech_sme']),
  verdict: z.enum(['eligible', 'possible']),
  score: z.union([z.object({ min: z.int(), max: z.int() }), z.int()]),
  years: z.array(z.int()),
});
export const candidatePage = pageOf(candidate);
