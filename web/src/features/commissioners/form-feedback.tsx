import { Alert, Button, type FormInstance } from 'antd';
import { useState } from 'react';
import { placeErrors, type SaveError } from './api-errors';

/** Error state of one form: field errors go on the fields, the rest (and version conflicts) above. */
export function useSaveError(form: FormInstance, fields: readonly string[], strip = '') {
  const [error, setError] = useState<SaveError | null>(null);
  return { error, clear: () => setError(null), onError: (err: unknown) => setError(placeErrors(form, err, fields, strip)) };
}

/**
 * The row a form edits, and the way out of a version conflict: `reload` fetches the latest row and
 * hands it to `apply` (refill the form, clear the error) so the change is made again on fresh data.
 */
export function useLatest<T extends { id: string }>(initial: T, load: (id: string) => Promise<T>, apply: (fresh: T) => void): readonly [T, () => void];
export function useLatest<T extends { id: string }>(initial: T | null | undefined, load: (id: string) => Promise<T>, apply: (fresh: T) => void): readonly [T | null, () => void];
export function useLatest<T extends { id: string }>(initial: T | null | undefined, load: (id: string) => Promise<T>, apply: (fresh: T) => void) {
  const [row, setRow] = useState<T | null>(initial ?? null);
  const reload = () => {
    if (row) void load(row.id).then((fresh) => { setRow(fresh); apply(fresh); });
  };
  return [row, reload] as const;
}

/** The message above a form; a version conflict offers to load the latest data (as the user editor does). */
export function SaveAlert({ error, onReload }: { error: SaveError | null; onReload?: () => void }) {
  if (!error) return null;
  return (
    <Alert type={error.stale ? 'warning' : 'error'} showIcon style={{ marginBottom: 16 }} data-testid="save-error"
      title={error.text}
      description={error.lines.length ? <ul style={{ margin: 0, paddingInlineStart: 18 }}>{error.lines.map((l) => <li key={l}>{l}</li>)}</ul> : undefined}
      action={error.stale && onReload ? <Button size="small" onClick={onReload}>载入最新数据</Button> : undefined} />
  );
}
