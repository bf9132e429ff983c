import { z } from 'zod';
import { moneyPattern, signedMoneyPattern } from '../../../../domain/enterprise/annual';
import { isIsoDate } from '../../../../domain/enterprise/dates';

export const isoDate = (title: string) =>
  z.string().refine(isIsoDate, { error: '应为有效日期，格式 YYYY-MM-DD' }).meta({ title, examples: ['2026-05-31'] });

export const money = (title: string, signed = false) =>
  z.string({ error: '应为字符串形式的金额' })
    .regex(signed ? signedMoneyPattern : moneyPattern, { error: `应为不超过两位小数的${signed ? '' : '非负'}金额（元），如 "12345678.90"` })
    .meta({ title, description: '金额（元），最多两位小数', examples: ['12345678.90'] });

export const count = (title: string, max = 10_000_000) => z.int().min(0).max(max).meta({ title });

export const enterpriseIdParams = z.object({ id: z.uuid().meta({ title: '企业ID' }) });
export const userRef = z.object({ id: z.uuid(), name: z.string() });
export const version = z.int().min(1).meta({ title: '版本号' });
export const reason = (title = '原因') => z.string().trim().min(2).max(200).meta({ title });
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
