import type { FormInstance } from 'antd';
import { ApiError, isApiError } from '../../api/client';

export interface SaveError { text: string; lines: string[]; stale: boolean }

/** `config.items.0.weight` → ['items', 0, 'weight'] once `strip` ('config.') is removed. */
const toPath = (field: string, strip: string) =>
  (field.startsWith(strip) ? field.slice(strip.length) : field).split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * Puts the API's field errors (`details[].field`, dotted paths) on the form's fields whose first
 * segment is in `fields`; returns what is left to show above the form, or null when all fit.
 */
export function placeErrors(form: FormInstance, err: unknown, fields: readonly string[], strip = ''): SaveError | null {
  if (!(err instanceof ApiError)) return { text: err instanceof Error ? err.message : String(err), lines: [], stale: false };
  const placed = err.details.filter((d) => d.field && fields.includes(String(toPath(d.field, strip)[0])));
  form.setFields(placed.map((d) => ({ name: toPath(d.field!, strip), errors: [d.message] })));
  const rest = err.details.filter((d) => !placed.includes(d));
  const lines = rest.map((d) => d.message);
  if (placed.length > 0) return rest.length === 0 ? null : { text: '请修改标红的字段及以下问题', lines, stale: false };
  if (rest.length > 1) return { text: '未能保存，请修改以下问题', lines, stale: false };
  return { text: err.message, lines: [], stale: isApiError(err, 'STALE_VERSION') };
}
