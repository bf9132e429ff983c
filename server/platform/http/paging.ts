import { z } from 'zod';

/** Query-string paging shared by every list route. */
export const pagingQuery = {
  page: z.coerce.number().int().min(1).default(1).meta({ title: '页码' }),
  pageSize: z.coerce.number().int().min(1).max(200).default(20).meta({ title: '每页条数' }),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    /** Present on lists that may estimate: false means `total` is the planner's estimate (over 10,000 rows). */
    totalExact: z.boolean().optional().meta({ title: '总数是否精确（否：超过一万条时为估计值）' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const offsetOf = (p: { page: number; pageSize: number }) => (p.page - 1) * p.pageSize;

/**
 * From this many rows skipped, a list cuts its page's ids first (an index-only walk of its order)
 * and joins the rest for those rows only; nearer pages read their rows at once, in one simpler query.
 */
export const deepOffset = 1000;

/** Escapes LIKE wildcards in user text so a search for "50%" finds "50%", not everything. */
export const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
