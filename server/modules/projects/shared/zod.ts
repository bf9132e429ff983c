import { z } from 'zod';
import { moneyPattern } from '../../../../domain/projects/funds';

export const money = z.string().trim().regex(moneyPattern, '应为金额（元），最多两位小数');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期');
export const idParams = z.object({ id: z.uuid().meta({ title: 'ID' }) });
export const version = z.number().int().min(1).meta({ title: '版本号' });
export const abilities = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.boolean()])) as Record<K, z.ZodBoolean>);

