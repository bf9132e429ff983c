import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../paths';
import { candidacyList } from './candidacy-store';
import type { KeptList } from './kept';
import { reminderList } from './reminder-store';

/**
 * A kept list (发现一批, 到期提醒) is recomputed for every enterprise only on a new day or when its
 * `rules` revision changes; between those, rows computed by old rules stay. This test records the
 * files the rules are made of (the store module and everything it imports from domain/ and from this
 * folder) with a hash each, and fails when one changes while the revision stays the same.
 * After changing the rules: bump the list's `rules`, then record with
 * `KEJIJU_RECORD_KEPT_RULES=1 npx vitest run --project api-external server/modules/enterprises/insights/kept-rules.test.ts`.
 */
const recordFile = path.join(repoRoot, 'server/modules/enterprises/insights/kept-rules.json');
const here = 'server/modules/enterprises/insights/';
const lists: [KeptList<never, never>, string][] = [
  [candidacyList as unknown as KeptList<never, never>, `${here}candidacy-store.ts`],
  [reminderList as unknown as KeptList<never, never>, `${here}reminder-store.ts`],
];

interface Recorded {
  rules: string;
  files: Record<string, string>;
}

/** Relative imports that are not type-only, resolved to repository paths. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^import\s+(type\s)?[^'"]*from\s+'(\.[^']+)'/gm)) {
    if (m[1]) continue;
    const target = path.normalize(path.join(path.dirname(file), m[2]!));
    const resolved = [`${target}.ts`, path.join(target, 'index.ts')].find((f) => fs.existsSync(path.join(repoRoot, f)));
    if (resolved) found.push(resolved);
  }
  return found;
}

/**
 * The store and what it imports, followed through domain/ and this folder (the rules), not the
 * platform; with kept.ts, which computes every list's rows whether or not the store imports it.
 */
function ruleFiles(store: string): Record<string, string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !(file.startsWith('domain/') || file.startsWith(here))) return;
    seen.add(file);
    importsOf(file).forEach(visit);
  };
  visit(store);
  visit(`${here}kept.ts`);
  const hash = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(path.join(repoRoot, f))).digest('hex').slice(0, 16);
  return Object.fromEntries([...seen].sort().map((f) => [f, hash(f)]));
}

describe('kept lists: the rules revision follows the rules', () => {
  const current = Object.fromEntries(lists.map(([list, store]) => [list.name, { rules: list.rules, files: ruleFiles(store) }])) as Record<string, Recorded>;

  if (process.env.KEJIJU_RECORD_KEPT_RULES) fs.writeFileSync(recordFile, `${JSON.stringify(current, null, 2)}\n`);
  const recorded = JSON.parse(fs.readFileSync(recordFile, 'utf8')) as Record<string, Recorded>;

  it.each(lists.map(([list]) => list.name))('%s: files unchanged, or a new revision recorded with them', (name) => {
    const now = current[name]!;
    const then = recorded[name];
    expect(then, `${name} is not recorded: see the comment at the top of this file`).toBeDefined();
    const changed = Object.keys({ ...now.files, ...then!.files }).filter((f) => now.files[f] !== then!.files[f]);
    if (now.rules === then!.rules) {
      expect(changed, `files of the ${name} rules changed but its rules revision is still ${now.rules}: bump it, then record (top of this file)`).toEqual([]);
    } else {
      expect.fail(`${name} rules revision changed from ${then!.rules} to ${now.rules}: record the files with it (top of this file)`);
    }
  });

  it('follows the rules into domain/ (the closure is not just the store file)', () => {
    expect(Object.keys(current.candidacies!.files)).toEqual(expect.arrayContaining(['domain/enterprise/candidates.ts', 'domain/hnte.ts', 'domain/tech-sme.ts', 'domain/diagnosis.ts', `${here}candidates-repo.ts`]));
    expect(Object.keys(current.reminders!.files)).toContain('domain/enterprise/reminders.ts');
    expect(Object.keys(current.reminders!.files)).toContain(`${here}reminders-repo.ts`);
    for (const list of ['candidacies', 'reminders']) expect(Object.keys(current[list]!.files)).toContain(`${here}kept.ts`);
  });
});
