import { AppError } from '../../../platform/errors';

/** 400 naming the field the way the form labels it. */
export const invalid = (field: string, label: string, message: string) =>
  new AppError('VALIDATION_FAILED', `${label}：${message}`, [{ field, message }]);

export const invalidTransition = (message: string) => new AppError('INVALID_TRANSITION', message);
