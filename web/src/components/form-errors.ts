import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts field-level API errors (`details[].field`) on the matching form fields. Returns the
 * message to show for everything that could not be attached to a field, or null.
 */
export function applyApiError(form: FormInstance, err: unknown, knownFields: readonly string[]): string | null {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  const onFields = err.details.filter((d) => d.field && knownFields.includes(d.field));
  if (onFields.length > 0) {
    form.setFields(onFields.map((d) => ({ name: d.field!, errors: [d.message] })));
    const rest = err.details.filter((d) => !onFields.includes(d));
    return rest.length > 0 ? rest.map((d) => d.message).join('；') : null;
  }
  return err.message;
}
