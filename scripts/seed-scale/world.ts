import type pg from 'pg';
import type { FieldCipher } from '../../server/platform/crypto/field-cipher';
import { scaleId } from './ids';
import { type Col, insertRows, type Row } from './insert';
import { provinceCode } from './plan';

export interface County {
  index: number;
  code: string;
  name: string;
  /** Name without its 县/区/市 suffix, for invented enterprise names. */
  short: string;
  cityCode: string;
  towns: { code: string; name: string }[];
  villages: { code: string; name: string }[];
  bureauOrgId: string;
  staffUserId: string;
}

export interface World {
  counties: County[];
  /** 1,000 SM4 ciphertexts of invented mobile numbers, reused across rows. */
  phones: string[];
}

/** Username of the scale account of a region: `scale_34` (province), `scale_3415` (city), `scale_341522` (county). */
export const scaleUsername = (regionCode: string) => `scale_${regionCode}`;

async function loadRegions(db: pg.ClientBase) {
  const { rows } = await db.query<{ code: string; name: string; level: number; parent_code: string | null; full_name: string }>(
    `select code, name, level, parent_code, full_name from regions where code like $1 and level <= 5 order by code`, [`${provinceCode}%`]);
  if (!rows.some((r) => r.level === 3)) throw new Error('regions 表中没有安徽省（34）的县级区划：请先运行迁移（npm run migrate）');
  return rows;
}

/**
 * The region tree of 安徽省 as loaded by the migrations, plus one bureau organisation and one
 * account per province, city and county (province and cities read only, counties staff).
 */
export async function buildWorld(db: pg.ClientBase, cipher: FieldCipher, passwordHash: string): Promise<World> {
  const regions = await loadRegions(db);
  const orgRows: Row[] = [];
  const userRows: Row[] = [];
  const roleRows: Row[] = [];
  const counties: County[] = [];
  const bureaus = regions.filter((r) => r.level <= 3);
  bureaus.forEach((r, i) => {
    const orgId = scaleId('organisation', i + 1);
    const userId = scaleId('user', i + 1);
    const county = r.level === 3;
    orgRows.push([orgId, `${r.full_name}科学技术${r.level === 1 ? '厅' : '局'}（规模测试）`, 'bureau', r.code, true]);
    userRows.push([userId, scaleUsername(r.code), `${r.name}${county ? '业务科室' : '科技管理部门'}（规模测试）`, orgId, passwordHash, false,
      cipher.encrypt(`139${String(10_000_000 + i).slice(-8)}`), true]);
    roleRows.push([userId, county ? 'staff' : 'upper']);
    if (county) {
      counties.push({
        index: counties.length, code: r.code, name: r.name, short: r.name.replace(/(自治县|县|区|市)$/, '') || r.name, cityCode: r.parent_code ?? r.code.slice(0, 4),
        towns: [], villages: [], bureauOrgId: orgId, staffUserId: userId,
      });
    }
  });
  const byCode = new Map(counties.map((c) => [c.code, c]));
  for (const r of regions) {
    if (r.level === 4) byCode.get(r.code.slice(0, 6))?.towns.push({ code: r.code, name: r.name });
    if (r.level === 5) byCode.get(r.code.slice(0, 6))?.villages.push({ code: r.code, name: r.name });
  }
  const orgCols: Col[] = [{ name: 'id', type: 'uuid' }, { name: 'name', type: 'text' }, { name: 'kind', type: 'text' }, { name: 'region_code', type: 'text' }, { name: 'is_demo', type: 'bool' }];
  await insertRows(db, 'organisations', orgCols, orgRows);
  await insertRows(db, 'users', [
    { name: 'id', type: 'uuid' }, { name: 'username', type: 'text' }, { name: 'display_name', type: 'text' }, { name: 'organisation_id', type: 'uuid' },
    { name: 'password_hash', type: 'text' }, { name: 'must_change_password', type: 'bool' }, { name: 'mobile_enc', type: 'text' }, { name: 'is_demo', type: 'bool' },
  ], userRows);
  await insertRows(db, 'user_roles', [{ name: 'user_id', type: 'uuid' }, { name: 'role', type: 'text' }], roleRows);
  const phones = Array.from({ length: 1_000 }, (_, i) => cipher.encrypt(`13${String(900_000_000 + i * 7_919).slice(-9)}`));
  return { counties, phones };
}
