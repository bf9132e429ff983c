import { and, eq, sql } from 'drizzle-orm';
import { isHnteFieldCode } from '../../../../domain/dict/hnte-fields';
import { industryDivision } from '../../../../domain/dict/industries';
import { checkUscc } from '../../../../domain/uscc';
import type { DbOrTx } from '../../../db/client';
import { enterprises, organisations, regions, userRoles, users } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import { AppError } from '../../../platform/errors';
import { invalid } from '../common/errors';

export function normalisedUscc(raw: string): string {
  const r = checkUscc(raw);
  if (!r.valid) throw invalid('uscc', '统一社会信用代码', r.reason);
  return r.code;
}

export async function assertUsccFree(db: DbOrTx, uscc: string, exceptId?: string) {
  const [hit] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.uscc, uscc));
  if (hit && hit.id !== exceptId) throw new AppError('DUPLICATE', '该统一社会信用代码的企业已登记', [{ field: 'uscc', message: '已登记' }]);
}

export async function assertRegion(db: DbOrTx, scope: Scope, code: string) {
  if (!code.startsWith(scope.regionCode)) throw invalid('regionCode', '所在地区', '超出您的管辖范围');
  const [found] = await db.select({ level: regions.level }).from(regions).where(eq(regions.code, code));
  if (!found) throw invalid('regionCode', '所在地区', '区划代码不存在');
  if (found.level !== 3 && found.level !== 4) throw invalid('regionCode', '所在地区', '应为县级或乡镇级区划');
}

export function assertDictionaries(input: { industryCode?: string | null; hnteFieldCode?: string | null }) {
  if (input.industryCode && !industryDivision(input.industryCode)) throw invalid('industryCode', '所属行业', '不是 GB/T 4754-2017 的行业大类代码');
  if (input.hnteFieldCode && !isHnteFieldCode(input.hnteFieldCode)) throw invalid('hnteFieldCode', '技术领域', '不在《国家重点支持的高新技术领域》中');
}

export function assertFoundedOn(foundedOn: string | null | undefined, today: string) {
  if (!foundedOn) return;
  if (foundedOn > today) throw invalid('foundedOn', '成立日期', '不能晚于今天');
  if (foundedOn < '1949-01-01') throw invalid('foundedOn', '成立日期', '不能早于 1949 年');
}

/** 包保 cadres are active business staff of a bureau inside the caller's region. */
export async function assertCadre(db: DbOrTx, scope: Scope, userId: string) {
  const [u] = await db.select({ id: users.id }).from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, userId), eq(users.status, 'active'), sql`${organisations.regionCode} like ${`${scope.regionCode}%`}`,
      sql`exists (select 1 from ${userRoles} r where r.user_id = ${users.id} and r.role in ('staff', 'leader'))`));
  if (!u) throw invalid('cadreUserId', '包保干部', '应为本辖区科技局的在用业务账号');
}

/** The bound organisation must be an enterprise of the region and not bound to another enterprise. */
export async function assertOrganisation(db: DbOrTx, scope: Scope, organisationId: string, exceptId?: string) {
  const [org] = await db.select({ kind: organisations.kind, regionCode: organisations.regionCode }).from(organisations).where(eq(organisations.id, organisationId));
  if (!org || !org.regionCode.startsWith(scope.regionCode)) throw invalid('organisationId', '企业账号所属单位', '不存在或超出管辖范围');
  if (org.kind !== 'enterprise') throw invalid('organisationId', '企业账号所属单位', '单位类型应为“企业”');
  const [bound] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.organisationId, organisationId));
  if (bound && bound.id !== exceptId) throw new AppError('DUPLICATE', '该单位已绑定到另一家企业', [{ field: 'organisationId', message: '已绑定' }]);
}
