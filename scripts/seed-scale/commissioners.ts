import type pg from 'pg';
import type { CommissionerLevel } from '../../domain/commissioners/vocabulary';
import { prng } from '../../server/db/seed/demo-enterprise-data';
import { fieldsWeighted, levelOf, logTypesWeighted, personName, titles } from '../../server/db/seed/demo-commissioner-data';
import { dayIso, scaleId } from './ids';
import { type Col, insertGenerated, type Progress } from './insert';
import type { ScalePlan } from './plan';
import type { World } from './world';

const commissionerCols: Col[] = [
  { name: 'id', type: 'uuid' }, { name: 'region_code', type: 'text' }, { name: 'code', type: 'text' }, { name: 'name', type: 'text' }, { name: 'level', type: 'text' },
  { name: 'gender', type: 'text' }, { name: 'field', type: 'text' }, { name: 'work_unit', type: 'text' }, { name: 'title', type: 'text' }, { name: 'phone_enc', type: 'text' },
  { name: 'status', type: 'text' }, { name: 'selected_on', type: 'date' }, { name: 'exited_on', type: 'date' }, { name: 'exit_reason', type: 'text' }, { name: 'is_demo', type: 'bool' },
];
const units: Record<CommissionerLevel, string[]> = {
  national: ['农业大学（规模测试）'], province: ['省农业科学院（规模测试）', '农业大学（规模测试）'],
  city: ['市农业科学研究所（规模测试）', '市农业技术推广中心（规模测试）'], county: ['农业技术推广中心（规模测试）', '畜牧兽医服务中心（规模测试）', '林业技术推广站（规模测试）'],
};

export interface CommissionerFact { id: string; county: number; regionCode: string }

export async function seedCommissioners(db: pg.ClientBase, plan: ScalePlan, world: World, progress: Progress): Promise<CommissionerFact[]> {
  const r = prng(plan.seed * 1_000 + 7);
  const facts: CommissionerFact[] = [];
  await insertGenerated(db, progress, 'commissioners', commissionerCols, plan.commissioners, (i) => {
    const county = world.counties[i % world.counties.length]!;
    const level = levelOf(r);
    const x = r.next();
    const status = x < 0.8 ? 'active' : x < 0.9 ? 'candidate' : 'exited';
    const selected = status === 'candidate' ? null : dayIso(r.int(7_670, 9_400));
    const id = scaleId('commissioner', i + 1);
    facts.push({ id, county: county.index, regionCode: county.code });
    return [[id, county.code, `KT${String(i + 1).padStart(6, '0')}`, personName(r), level, r.chance(0.7) ? 'male' : 'female', r.pick(fieldsWeighted),
      `${level === 'county' ? county.name : ''}${r.pick(units[level])}`, r.pick(titles), r.pick(world.phones), status, selected,
      status === 'exited' ? '2026-06-30' : null, status === 'exited' ? '聘期届满' : null, true]];
  });
  return facts;
}

const logCols: Col[] = [
  { name: 'id', type: 'uuid' }, { name: 'region_code', type: 'text' }, { name: 'commissioner_id', type: 'uuid' }, { name: 'service_date', type: 'date' },
  { name: 'village_code', type: 'text' }, { name: 'place', type: 'text' }, { name: 'type', type: 'text' }, { name: 'content', type: 'text' },
  { name: 'beneficiaries', type: 'int' }, { name: 'trained', type: 'int' }, { name: 'varieties', type: 'int' }, { name: 'technologies', type: 'int' },
  { name: 'problems_solved', type: 'int' }, { name: 'is_demo', type: 'bool' }, { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
];
const contents = ['指导农户开展病虫害绿色防控', '讲解高效栽培技术要点', '现场查看苗情并提出管理建议', '帮助合作社制定生产技术规程', '推广新品种并示范种植', '解答养殖户疫病防控问题', '开展农产品加工技术培训'];

/** Service logs from 2022 to a day before today, 50 per commissioner, in villages of the county where loaded. */
export async function seedServiceLogs(db: pg.ClientBase, plan: ScalePlan, world: World, commissioners: CommissionerFact[], progress: Progress, today: string): Promise<void> {
  const r = prng(plan.seed * 1_000 + 8);
  const perCommissioner = Math.round(plan.serviceLogs / commissioners.length);
  const lastDay = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.UTC(2000, 0, 1)) / 86_400_000) - 1;
  let n = 0;
  await insertGenerated(db, progress, 'commissioner_service_logs', logCols, commissioners.length, (i) => {
    const c = commissioners[i]!;
    const county = world.counties[c.county]!;
    return Array.from({ length: perCommissioner }, () => {
      const village = county.villages.length ? r.pick(county.villages) : null;
      const town = county.towns.length ? r.pick(county.towns).name : county.name;
      const type = r.pick(logTypesWeighted);
      const day = r.int(8_036, lastDay);
      const created = new Date(Date.UTC(2000, 0, 1) + day * 86_400_000 + r.int(8, 20) * 3_600_000 + r.int(0, 3_599) * 1000);
      return [scaleId('log', ++n), c.regionCode, c.id, dayIso(day), village?.code ?? null, village?.name ?? town, type, r.pick(contents),
        r.int(1, 60), type === 'training' ? r.int(10, 80) : 0, type === 'variety' ? r.int(1, 3) : 0, type === 'technology' ? r.int(1, 2) : 0,
        type === 'problem' ? r.int(1, 4) : 0, true, created, created];
    });
  });
}
