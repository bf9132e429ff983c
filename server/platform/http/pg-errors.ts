import { AppError } from '../errors';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  column?: string;
}

/** Human names for constraints users can trip over; keyed by constraint name. */
const constraintMessages: Record<string, string> = {
  users_username_key: '用户名已存在',
  organisations_uscc_key: '统一社会信用代码已被其他单位使用',
  organisations_name_region_key: '同一地区已存在同名单位',
};

/** Maps PostgreSQL errors to AppError by SQLSTATE; returns null for anything else. */
export function fromDatabaseError(err: unknown): AppError | null {
  const e = (err as { cause?: PgError }).cause && typeof (err as { cause?: PgError }).cause?.code === 'string'
    ? (err as { cause: PgError }).cause
    : (err as PgError);
  if (!e || typeof e.code !== 'string' || !/^[0-9A-Z]{5}$/.test(e.code)) return null;
  const known = e.constraint ? constraintMessages[e.constraint] : undefined;
  switch (e.code) {
    case '23505':
      return new AppError('DUPLICATE', known ?? '记录已存在（唯一性冲突）', []);
    case '23503':
      return e.detail?.includes('is still referenced')
        ? new AppError('IN_USE', known ?? '记录仍被其他数据引用，不能删除')
        : new AppError('BAD_REFERENCE', known ?? '引用的记录不存在');
    case '23502':
      return new AppError('VALIDATION_FAILED', `缺少必填字段${e.column ? `：${e.column}` : ''}`);
    case '23514':
      return new AppError('VALIDATION_FAILED', known ?? '数据不符合约束条件');
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
      return new AppError('VALIDATION_FAILED', '数据格式不正确');
    case '40001':
    case '40P01':
      return new AppError('CONFLICT', '数据正被他人同时修改，请重试');
    case '57014':
      return new AppError('UNAVAILABLE', '查询超时，请缩小查询范围后重试');
    default:
      return null;
  }
}
