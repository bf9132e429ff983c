import type { z } from 'zod';

type AnySchema = z.ZodType;

function unwrap(schema: AnySchema): AnySchema {
  let current: AnySchema = schema;
  for (let i = 0; i < 10; i++) {
    const def = (current as unknown as { def?: { type?: string; innerType?: AnySchema; in?: AnySchema; schema?: AnySchema } }).def;
    if (!def) return current;
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) return current;
    current = next;
  }
  return current;
}

function titleOf(schema: AnySchema): string | undefined {
  const meta = (schema as unknown as { meta?: () => { title?: string } | undefined }).meta?.();
  return meta?.title ?? schema.description;
}

/**
 * Finds the Chinese label (`.meta({ title })` or `.describe()`) of the field at `path` so error
 * messages name the field the way the form does. Falls back to the dotted path.
 */
export function fieldLabel(schema: AnySchema | undefined, path: ReadonlyArray<string | number>): string {
  const dotted = path.join('.');
  if (!schema) return dotted;
  let current: AnySchema | undefined = schema;
  let label: string | undefined;
  for (const key of path) {
    if (!current) break;
    const own = titleOf(current);
    const inner = unwrap(current);
    const def = (inner as unknown as { def: { type: string; shape?: Record<string, AnySchema>; element?: AnySchema } }).def;
    if (def?.type === 'object' && def.shape && typeof key === 'string') current = def.shape[key];
    else if (def?.type === 'array' && def.element) current = def.element;
    else current = undefined;
    label = current ? titleOf(current) ?? titleOf(unwrap(current)) : own;
  }
  if (!label) return dotted;
  const rows = path.filter((p) => typeof p === 'number');
  return rows.length ? `${label}（第 ${rows.map((r) => Number(r) + 1).join('/')} 项）` : label;
}
