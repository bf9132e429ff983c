import { chinaDate } from '../../../../domain/enterprise/dates';
import type { AppContext } from '../../../platform/context';

/** The calendar day in China that every validity and reminder rule is evaluated on. */
export const todayOf = (ctx: Pick<AppContext, 'now'>) => chinaDate(ctx.now());
