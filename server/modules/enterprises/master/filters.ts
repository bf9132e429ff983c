import { and, asc, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { TierKind, FunnelStage } from '../../../../domain/enterprise/codes';
import { divisionsOfSection } from '../../../../domain/dict/industries';
import { enterprises, enterpriseTiers } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import { likeContains } from '../../../platform/http/paging';
import { enterpriseRegionIs, enterpriseScope } from '../policy';
import { enterpriseIdRef } from '../common/refs';

export interface EnterpriseFilter {
  q?: string;
  regionCode?: string;
  tier?: TierKind;
  stage?: FunnelStage | 'none';
  /** 门类 letter or 2-digit 大类. */
  industry?: string;
  /** HNTE field node; matches its subtree. */
  field?: string;
  tag?: string;
  /** A user id; the route turns 'me' into the caller's id. */
  cadre?: string;
  sort?: 'name' | 'founded' | 'updated';
  order?: 'asc' | 'desc';
}

/** A tier of `kind` valid on `asOf` (active, started, not ended). */
export function holdsTier(kind: TierKind | SQL, asOf: string): SQL {
  return sql`exists (select 1 from ${enterpriseTiers} t where t.enterprise_id = ${enterpriseIdRef} and t.kind = ${kind}
    and t.status = 'active' and t.valid_from <= ${asOf} and (t.valid_until is null or t.valid_until >= ${asOf}))`;
}

/**
 * Keyword on name or USCC. From 3 characters the name is narrowed through its gram index first
 * (migration 0006); USCCs are letters and digits only, so other text never scans them.
 */
function nameOrUscc(q: string): SQL | undefined {
  // A 3-character keyword is one gram: the gram index alone decides, and its statistics give the
  // total an accurate estimate. Longer ones also need the grams in a row: strpos, not ILIKE (an
  // ILIKE brings in the pg_trgm index, whose lossy bitmap recomputes every row's grams).
  const length = [...q].length;
  const grams = sql`kejiju_grams(${enterprises.name}) @> kejiju_grams(${q})`;
  const name = length === 3 ? grams : length > 3 ? sql`(${grams} and strpos(lower(${enterprises.name}), lower(${q})) > 0)` : ilike(enterprises.name, likeContains(q));
  return /^[0-9A-Za-z]+$/.test(q) ? or(name, ilike(enterprises.uscc, likeContains(q.toUpperCase()))) : name;
}

export function enterpriseWhere(scope: Scope, f: EnterpriseFilter, asOf: string): SQL | undefined {
  const industry = f.industry
    ? /^[A-T]$/.test(f.industry)
      ? inArray(enterprises.industryCode, divisionsOfSection(f.industry))
      : eq(enterprises.industryCode, f.industry)
    : undefined;
  return and(
    enterpriseScope(scope),
    f.q ? nameOrUscc(f.q) : undefined,
    f.regionCode ? enterpriseRegionIs(f.regionCode) : undefined,
    f.tier ? holdsTier(f.tier, asOf) : undefined,
    f.stage === 'none' ? isNull(enterprises.funnelStage) : f.stage ? eq(enterprises.funnelStage, f.stage) : undefined,
    industry,
    f.field ? sql`${enterprises.hnteFieldCode} like ${`${f.field}%`}` : undefined,
    f.tag ? sql`${enterprises.tags} @> array[${f.tag}]::text[]` : undefined,
    f.cadre ? eq(enterprises.cadreUserId, f.cadre) : undefined,
  );
}

export function enterpriseOrder(f: EnterpriseFilter): SQL[] {
  const dir = f.order === 'desc' ? desc : asc;
  switch (f.sort) {
    case 'founded':
      return [sql`${enterprises.foundedOn} ${sql.raw(f.order === 'desc' ? 'desc' : 'asc')} nulls last`, asc(enterprises.id)];
    case 'updated':
      return [dir(enterprises.updatedAt), asc(enterprises.id)];
    default:
      return [dir(enterprises.name), asc(enterprises.id)];
  }
}
