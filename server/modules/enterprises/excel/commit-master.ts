import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import type { StatementPipeline } from '../../../db/pipeline';
import { enterprises } from '../../../db/schema';
import type { AuditEntry } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import { AppError, forbidden } from '../../../platform/errors';
import { bulkInsert, bulkUpdate } from '../../../platform/excel/bulk';
import { todayOf } from '../common/today';
import type { EnterpriseImportRow } from '../import-export';
import type { Env } from '../master/service';
import { changedValues, type EnterpriseValues, forAudit, givenKeys, pick } from '../master/values';
import { normalisedUscc } from '../master/validate';
import { canManageEnterprises } from '../policy';
import { checkImportValues, eachRow, type RegionLevels, rowError } from './checks';

export type UpsertAction = 'created' | 'updated' | 'unchanged';

/** One enterprise as the batch sees it: stored values, then each row's changes applied in order. */
interface State {
  id: string;
  current: Required<EnterpriseValues>;
  phoneEnc: string | null;
  /** The phone is decrypted only when a row gives one to compare with. */
  phoneKnown: boolean;
  version: number;
  isNew: boolean;
  dirty: boolean;
  phoneChanged: boolean;
}

type Stored = typeof enterprises.$inferSelect;

function storedState(r: Stored): State {
  return {
    id: r.id, phoneEnc: r.phoneEnc, phoneKnown: false, version: r.version, isNew: false, dirty: false, phoneChanged: false,
    current: {
      uscc: r.uscc, name: r.name, regionCode: r.regionCode, industryCode: r.industryCode, foundedOn: r.foundedOn, address: r.address,
      legalRep: r.legalRep, contactName: r.contactName, phone: null, hnteFieldCode: r.hnteFieldCode, tags: r.tags,
      cadreUserId: r.cadreUserId, organisationId: r.organisationId,
    },
  };
}

function newState(v: EnterpriseValues & { uscc: string; name: string; regionCode: string }): State {
  const current: Required<EnterpriseValues> = {
    uscc: v.uscc, name: v.name, regionCode: v.regionCode, industryCode: v.industryCode ?? null, foundedOn: v.foundedOn ?? null,
    address: v.address ?? null, legalRep: v.legalRep ?? null, contactName: v.contactName ?? null, phone: v.phone ?? null,
    hnteFieldCode: v.hnteFieldCode ?? null, tags: v.tags ?? [], cadreUserId: v.cadreUserId ?? null, organisationId: v.organisationId ?? null,
  };
  return { id: randomUUID(), current, phoneEnc: null, phoneKnown: true, version: 1, isNew: true, dirty: false, phoneChanged: true };
}

/** Columns an import writes (tags are kept on the list page, never imported). */
const masterKeys = ['name', 'regionCode', 'industryCode', 'foundedOn', 'address', 'legalRep', 'contactName', 'phoneEnc', 'hnteFieldCode', 'cadreUserId', 'organisationId'] as const;
export type BatchRow = Omit<EnterpriseImportRow, 'tags'>;

function columnsOf(st: State) {
  const { phone: _phone, uscc: _uscc, ...rest } = st.current;
  return { id: st.id, uscc: st.current.uscc, ...rest, phoneEnc: st.phoneEnc };
}

/** Sends the batch's outcome: one INSERT for the new enterprises, one UPDATE for the changed ones. */
function writeStates(tx: DbOrTx, states: Iterable<State>, env: Env, writes: StatementPipeline): void {
  const created: State[] = [];
  const changed: State[] = [];
  for (const st of states) {
    if (st.phoneChanged) st.phoneEnc = env.cipher.encryptNullable(st.current.phone);
    if (st.isNew) created.push(st);
    if (st.dirty) changed.push(st);
  }
  writes.send(bulkInsert(tx, enterprises, ['id', 'uscc', ...masterKeys], created.map(columnsOf)));
  const now = env.now();
  writes.send(bulkUpdate(tx, enterprises, 'id', [...masterKeys, 'version', 'updatedAt'], changed.map((st) => ({ ...columnsOf(st), version: st.version, updatedAt: now }))));
}

/** What a batch is written with: where its outcome goes, and what the import knows already. */
export interface MasterBatchEnv {
  scope: Scope;
  env: Env;
  /** Audit entries, in row order, for the caller to append to the chain. */
  audits: AuditEntry[];
  writes: StatementPipeline;
  levels: RegionLevels;
  /** False for a USCC that cannot have a stored enterprise yet: no lookup for it. */
  mayExist(uscc: string): boolean;
}

/**
 * upsertEnterpriseByUscc (import-export.ts) for a whole batch, row by row in sheet order with the
 * same checks, outcomes and audit entries, but one locking SELECT for the batch's USCCs that may
 * be stored (none in a file of new enterprises) and set-based writes. A USCC repeated in the batch
 * sees the earlier rows' changes. The writes are sent on `writes` and not awaited: the caller
 * prepares its next statements while they run.
 */
export async function upsertEnterpriseBatch(
  tx: DbOrTx, rows: readonly { row: number; value: BatchRow }[], b: MasterBatchEnv,
): Promise<{ id: string; action: UpsertAction }[]> {
  const { scope, env, audits, levels } = b;
  if (!canManageEnterprises(scope)) throw forbidden('只有科技局业务人员可以导入企业');
  const items = rows.map(({ row, value }) => {
    try {
      return { row, value: { ...value, uscc: normalisedUscc(value.uscc) } };
    } catch (err) {
      throw rowError(err, row);
    }
  });
  const lookup = [...new Set(items.map((i) => i.value.uscc))].filter((u) => b.mayExist(u));
  const found = lookup.length ? await tx.select().from(enterprises).where(sql`${enterprises.uscc} = any(${sql.param(lookup)}::text[])`).for('update') : [];
  const states = new Map(found.map((r) => [r.uscc, storedState(r)]));
  const today = todayOf(env);
  const out: { id: string; action: UpsertAction }[] = [];
  await eachRow(items, async ({ value: next }) => {
    const st = states.get(next.uscc);
    if (!st) {
      const v = await checkImportValues(tx, scope, next, today, levels);
      const created = newState({ ...v, uscc: next.uscc, name: next.name, regionCode: next.regionCode });
      states.set(next.uscc, created);
      audits.push({ action: 'enterprise.create', objectType: 'enterprise', objectId: created.id, details: { after: forAudit(v), source: 'import' } });
      out.push({ id: created.id, action: 'created' });
      return;
    }
    if (!st.current.regionCode.startsWith(scope.regionCode)) {
      throw new AppError('DUPLICATE', '该统一社会信用代码的企业已在其他地区登记', [{ field: 'uscc', message: '已在其他地区登记' }]);
    }
    if (next.phone !== undefined && !st.phoneKnown) {
      st.current.phone = st.phoneEnc ? env.cipher.decrypt(st.phoneEnc) : null;
      st.phoneKnown = true;
    }
    const changes = changedValues(st.current, next);
    const keys = givenKeys(changes);
    if (keys.length === 0) return void out.push({ id: st.id, action: 'unchanged' });
    const checked = await checkImportValues(tx, scope, changes, today, levels, st.id);
    audits.push({
      action: 'enterprise.update', objectType: 'enterprise', objectId: st.id,
      details: { after: forAudit(checked), before: forAudit(pick(st.current, keys)), source: 'import' },
    });
    Object.assign(st.current, checked);
    st.version++;
    st.dirty = true;
    if (checked.phone !== undefined) st.phoneChanged = true;
    out.push({ id: st.id, action: 'updated' });
  });
  writeStates(tx, states.values(), env, b.writes);
  return out;
}
