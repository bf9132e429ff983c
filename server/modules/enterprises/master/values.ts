import { eq } from 'drizzle-orm';
import { maskMobile } from '../../../../domain/masking';
import type { DbOrTx } from '../../../db/client';
import { enterprises } from '../../../db/schema';
import { keyOrdered } from '../../../platform/audit/chain';
import type { Scope } from '../../../platform/authz/scope';
import type { FieldCipher } from '../../../platform/crypto/field-cipher';
import {
  assertCadre, assertDictionaries, assertFoundedOn, assertOrganisation, assertRegion, assertUsccFree, normalisedUscc,
} from './validate';

/** Master fields as people enter them (phone in clear); undefined = not given, null = clear. */
export interface EnterpriseValues {
  uscc?: string;
  name?: string;
  regionCode?: string;
  industryCode?: string | null;
  foundedOn?: string | null;
  address?: string | null;
  legalRep?: string | null;
  contactName?: string | null;
  phone?: string | null;
  hnteFieldCode?: string | null;
  tags?: string[];
  cadreUserId?: string | null;
  organisationId?: string | null;
}
type Key = keyof EnterpriseValues;
const keys: Key[] = ['uscc', 'name', 'regionCode', 'industryCode', 'foundedOn', 'address', 'legalRep', 'contactName', 'phone', 'hnteFieldCode', 'tags', 'cadreUserId', 'organisationId'];

export const fieldLabels: Record<Key, string> = {
  uscc: '统一社会信用代码', name: '企业名称', regionCode: '所在地区', industryCode: '所属行业', foundedOn: '成立日期', address: '地址',
  legalRep: '法定代表人', contactName: '联系人', phone: '联系电话', hnteFieldCode: '技术领域', tags: '标签', cadreUserId: '包保干部',
  organisationId: '企业账号所属单位',
};

/** Only the keys that were given. */
export const givenKeys = (v: EnterpriseValues) => keys.filter((k) => v[k] !== undefined);

/** Normalises and checks the given fields against the dictionaries, the region and the database. */
export async function checkValues(tx: DbOrTx, scope: Scope, v: EnterpriseValues, today: string, exceptId?: string): Promise<EnterpriseValues> {
  const out: EnterpriseValues = { ...v };
  if (v.uscc !== undefined) {
    out.uscc = normalisedUscc(v.uscc);
    await assertUsccFree(tx, out.uscc, exceptId);
  }
  if (v.regionCode !== undefined) await assertRegion(tx, scope, v.regionCode);
  assertDictionaries(v);
  assertFoundedOn(v.foundedOn, today);
  if (v.cadreUserId) await assertCadre(tx, scope, v.cadreUserId);
  if (v.organisationId) await assertOrganisation(tx, scope, v.organisationId, exceptId);
  if (v.tags) out.tags = [...new Set(v.tags)];
  return out;
}

/** Stored values of one enterprise in the same shape, phone decrypted. */
export async function currentValues(tx: DbOrTx, id: string, cipher: FieldCipher): Promise<Required<EnterpriseValues>> {
  const [r] = await tx.select().from(enterprises).where(eq(enterprises.id, id));
  if (!r) throw new Error(`enterprise ${id} vanished`);
  return {
    uscc: r.uscc, name: r.name, regionCode: r.regionCode, industryCode: r.industryCode, foundedOn: r.foundedOn, address: r.address,
    legalRep: r.legalRep, contactName: r.contactName, phone: r.phoneEnc ? cipher.decrypt(r.phoneEnc) : null, hnteFieldCode: r.hnteFieldCode,
    tags: r.tags, cadreUserId: r.cadreUserId, organisationId: r.organisationId,
  };
}

const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') === b.join('\u0000') : a === b);

/** The given fields whose value differs from the stored one. */
export function changedValues(current: Required<EnterpriseValues>, next: EnterpriseValues): EnterpriseValues {
  const out: EnterpriseValues = {};
  for (const k of givenKeys(next)) if (!same(current[k], next[k])) (out as Record<Key, unknown>)[k] = next[k];
  return out;
}

/** Column values for insert/update; the phone is encrypted. */
export function toColumns(v: EnterpriseValues, cipher: FieldCipher) {
  const { phone, ...rest } = v;
  return { ...rest, ...(phone !== undefined ? { phoneEnc: cipher.encryptNullable(phone) } : {}) };
}

/** For audit details: the phone masked, nothing else personal in clear. */
const auditKeyOrder = [...keys].sort();

/** The given values for an audit entry, phone masked, keys in canonical order (see keyOrdered). */
export function forAudit(v: EnterpriseValues): Record<string, unknown> {
  const out = keyOrdered<Key, unknown>(v, auditKeyOrder);
  if (v.phone !== undefined) out.phone = maskMobile(v.phone);
  return out;
}

export function pick(v: Required<EnterpriseValues>, ks: Key[]): EnterpriseValues {
  return Object.fromEntries(ks.map((k) => [k, v[k]]));
}
