import type { AnySheet, DictionaryContext, DictionaryEntry, DictionarySource } from './sheet';
import { regionDictionary } from './regions';
import { labelKey } from './text';

export type Lookup = { value: string } | { ambiguous: string[] } | null;

export interface ResolvedDictionary {
  /** Entries in dictionary order; `listed` ones go into the dropdown. */
  entries: readonly DictionaryEntry[];
  lookup(text: string): Lookup;
  labelOf(value: string): string | undefined;
}

function entriesOf(source: Readonly<Record<string, string>> | readonly DictionaryEntry[]): DictionaryEntry[] {
  return Array.isArray(source)
    ? [...(source as readonly DictionaryEntry[])]
    : Object.entries(source).map(([label, value]) => ({ label, value }));
}

/** Builds the label/alias/value index. A spelling shared by two values is ambiguous, not guessed. */
export function resolveEntries(source: Readonly<Record<string, string>> | readonly DictionaryEntry[]): ResolvedDictionary {
  const entries = entriesOf(source);
  const byKey = new Map<string, Set<string>>();
  const labels = new Map<string, string>();
  const add = (text: string, value: string) => {
    const k = labelKey(text);
    if (!k) return;
    const set = byKey.get(k) ?? new Set<string>();
    set.add(value);
    byKey.set(k, set);
  };
  for (const e of entries) {
    if (!labels.has(e.value)) labels.set(e.value, e.label);
    add(e.label, e.value);
    for (const a of e.aliases ?? []) add(a, e.value);
  }
  // Values typed directly (codes) count only where no label or alias already claims the spelling.
  for (const e of entries) if (!byKey.has(labelKey(e.value))) add(e.value, e.value);
  return {
    entries,
    lookup(text) {
      const found = byKey.get(labelKey(text));
      if (!found) return null;
      return found.size === 1 ? { value: [...found][0]! } : { ambiguous: [...found] };
    },
    labelOf: (value) => labels.get(value),
  };
}

async function load(source: DictionarySource, dctx: DictionaryContext) {
  return typeof source === 'function' ? source(dctx) : source;
}

/** Loads every dictionary a sheet uses, once per import, export or template. */
export async function resolveDictionaries(sheet: AnySheet, dctx: DictionaryContext): Promise<Map<string, ResolvedDictionary>> {
  const out = new Map<string, ResolvedDictionary>();
  for (const c of sheet.columns) {
    const source = c.dictionary ?? (c.kind === 'region' ? regionDictionary : undefined);
    if (source) out.set(c.key, resolveEntries(await load(source, dctx)));
  }
  return out;
}
