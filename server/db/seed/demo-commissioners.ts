import crypto from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { shortVillageName, villageKind } from '../../../domain/commissioners/villages';
import type { CommissionerLevel } from '../../../domain/commissioners/vocabulary';
import { addDays, chinaDate, yearOf } from '../../../domain/enterprise/dates';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../client';
import { organisations, regions, users } from '../schema';
import {
  commissionerAgreements, commissionerAssignments, commissionerBases, commissionerFunds, commissionerRounds, commissioners,
  commissionerTeamMembers, commissionerTeams,
} from '../schema/commissioners';
import { coopName, fieldsWeighted, levelOf, personName, titles, workUnits } from './demo-commissioner-data';
import { seedDemoCommissionerWork } from './demo-commissioner-work';
import { prng, type Rng } from './demo-enterprise-data';
import { demoRegion } from './demo-region';

type Commissioner = typeof commissioners.$inferInsert & { id: string };
type Assignment = typeof commissionerAssignments.$inferInsert & { id: string };
export interface DemoVillage { code: string; short: string }
export interface DemoRoster { people: Commissioner[]; assignments: Assignment[]; villageOf: Map<string, DemoVillage>; today: string; year: number }

const region = demoRegion.county;

function person(r: Rng, seq: number, selectedOn: string | null, over: Partial<Commissioner> = {}): Commissioner {
  const level: CommissionerLevel = levelOf(r);
  const student = level !== 'province' && r.chance(0.11);
  return {
    id: crypto.randomUUID(), regionCode: region, code: `HQ${String(seq).padStart(4, '0')}`, name: personName(r), form: 'individual', level,
    gender: r.chance(0.7) ? 'male' : 'female', field: r.pick(fieldsWeighted), workUnit: student ? '演示农业大学' : r.pick(workUnits[level]),
    title: student ? '在读研究生' : r.pick(titles), isStudent: student, status: 'active', selectedOn, isDemo: true, ...over,
  };
}

export async function insertAll(tx: Tx, table: PgTable, rows: readonly object[]) {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(table).values(rows.slice(i, i + 1000) as never);
}

/**
 * 科技特派员 demo for 霍邱县: one commissioner per administrative village with a handful left
 * uncovered and a few shared, teams, a candidate pool, rounds, cooperatives with agreements,
 * bases, funds — then a year and more of logs, needs and two appraisals. Deterministic except ids.
 */
export async function seedDemoCommissioners(ctx: Pick<AppContext, 'database' | 'cipher' | 'now'>): Promise<number> {
  const { db } = ctx.database;
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(commissioners).where(eq(commissioners.isDemo, true));
  if (n > 0) return 0;
  const today = chinaDate(ctx.now());
  const Y = yearOf(today);
  const r = prng(341522);
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).where(and(eq(regions.level, 5), sql`${regions.code} like ${`${region}%`}`)).orderBy(regions.code);
  const villages = rows.filter((v) => villageKind(v.code, v.name) === 'village').map((v) => ({ code: v.code, short: shortVillageName(v.name) }));
  const accounts = await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, ['commissioner', 'staff']));
  const [bureau] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.name, '霍邱县科学技术局（演示）'));

  const rounds = [Y - 2, Y - 1, Y].map((y) => ({ id: crypto.randomUUID(), regionCode: region, year: y, name: `${y}年度科技特派员选聘`,
    status: (y === Y ? 'open' : 'closed') as 'open' | 'closed', decidedOn: y === Y ? null : `${y}-03-01`, isDemo: true }));
  const people: Commissioner[] = [];
  const assignments: Assignment[] = [];
  const villageOf = new Map<string, DemoVillage>();
  let seq = 1;
  const newPerson = (selectedYear: number | null, over: Partial<Commissioner> = {}) => {
    const round = rounds.find((x) => x.year === selectedYear);
    const p = person(r, seq++, selectedYear ? `${selectedYear}-03-01` : null, { roundId: round?.id ?? null, ...over });
    people.push(p);
    return p;
  };
  const assign = (p: Commissioner, v: DemoVillage | null, target?: string) => {
    const a: Assignment = { id: crypto.randomUUID(), regionCode: region, commissionerId: p.id, targetKind: v ? 'village' : 'cooperative', villageCode: v?.code ?? null,
      targetName: v?.short ?? target!, startsOn: p.selectedOn!, endsOn: p.status === 'exited' ? p.exitedOn! : null, isDemo: true,
      needs: v ? `${v.short}${p.field}产业技术服务（演示）` : '合作社生产技术服务（演示）' };
    assignments.push(a);
    if (v) villageOf.set(p.id, villageOf.get(p.id) ?? v);
    return a;
  };

  villages.forEach((v, i) => {
    if (i % 67 === 33) return; // a handful of villages without a commissioner
    const p = newPerson(r.chance(0.8) ? Y - 2 : Y - 1);
    assign(p, v);
    if (i % 80 === 40) assign(newPerson(Y - 1, { level: 'province', workUnit: '省农业科学研究院（演示）', isStudent: false, title: '副研究员' }), v); // shared village
    if (i % 131 === 7 && villages[i + 1]) assign(p, villages[i + 1]!); // one person, two villages
  });
  const me = people.find((p) => villageOf.get(p.id)?.code === '341522102227') ?? people[0]!;
  Object.assign(me, { name: '周明远', level: 'county', field: '果蔬园艺', title: '农艺师', workUnit: '霍邱县农业技术推广中心（演示）', isStudent: false,
    userId: accounts.find((a) => a.username === 'commissioner')?.id ?? null });
  for (const [i, unit] of ['演示农业大学', '省农业科学研究院（演示）', '六安市农业科学研究所（演示）'].entries()) {
    newPerson(Y - 1, { name: `${unit}（法人科技特派员）`, form: 'legal_person', level: i === 2 ? 'city' : 'province', workUnit: unit, title: null, gender: null, isStudent: false });
  }
  for (let i = 0; i < 2; i++) newPerson(Y);                                                   // selected this year, not yet placed
  for (let i = 0; i < 24; i++) newPerson(null, { status: 'candidate', selectedOn: null });       // 备选库
  for (let i = 0; i < 6; i++) {
    const p = newPerson(Y - 2, { status: 'exited', exitedOn: `${Y - 1}-12-31`, exitReason: r.pick(['工作调动', '考核不合格退出', '本人申请退出']) });
    assign(p, villages[(i * 53) % villages.length]!);
  }
  people.forEach((p) => { p.phoneEnc = ctx.cipher.encrypt(`1${r.pick(['35', '37', '39', '52', '58', '86', '89'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`); });

  const active = people.filter((p) => p.status === 'active');
  const villageAssignments = assignments.filter((a) => a.targetKind === 'village' && !a.endsOn);
  const coops = active.filter((p) => p.form === 'legal_person').concat(active.filter((p) => villageOf.has(p.id)).slice(0, 47))
    .map((p, i) => assign(p, null, coopName(r, villageAssignments[(i * 7) % villageAssignments.length]!.targetName)));
  const agreements = [...villageAssignments.slice(0, 50), ...coops].map((a, i) => {
    const status = i % 10 === 9 ? 'draft' : i % 10 === 8 ? 'fulfilled' : 'signed';
    return { id: crypto.randomUUID(), regionCode: region, assignmentId: a.id, commissionerId: a.commissionerId, code: `HQXY-${Y - 1}-${String(i + 1).padStart(3, '0')}`,
      bureauParty: bureau?.name ?? '霍邱县科学技术局（演示）', targetParty: a.targetName, status: status as 'draft' | 'signed' | 'fulfilled', isDemo: true,
      terms: '乙方每月到服务对象开展技术服务不少于2天，全年不少于24天；丙方提供生产场地与需求清单；甲方按年度拨付工作经费并组织考核。（演示）',
      signedOn: status === 'draft' ? null : a.startsOn, startsOn: a.startsOn!, endsOn: addDays(`${yearOf(a.startsOn!) + 3}-01-01`, -1) };
  });
  const senior = active.filter((p) => p.level !== 'county' && p.form === 'individual');
  const teamSpecs: Array<[string, 'composite' | 'professional', string]> = [
    ['霍邱县乡村振兴复合型科技特派团一团', 'composite', '粮油、果蔬、畜禽'], ['霍邱县乡村振兴复合型科技特派团二团', 'composite', '水产、中药材、农机'],
    ['霍邱县稻虾产业专业型科技特派团', 'professional', '水产养殖'], ['霍邱县食用菌产业专业型科技特派团', 'professional', '食用菌'], ['霍邱县果桑产业专业型科技特派团', 'professional', '果蔬园艺'],
  ];
  const teams = teamSpecs.map(([name, kind, field]) => ({ id: crypto.randomUUID(), regionCode: region, name: `${name}（演示）`, kind, level: 'province' as const, field,
    leadUnit: '省农业科学研究院（演示）', adminHead: `${personName(r)}（县委副书记，演示）`, formedOn: `${Y - 1}-04-15`, isDemo: true }));
  const members = teams.flatMap((t, ti) => senior.slice(ti * 6, ti * 6 + 6).map((p, i) => ({ teamId: t.id, commissionerId: p.id, role: (i === 0 ? 'technical_head' : 'member') as 'technical_head' | 'member' })));
  const baseKinds = [...Array(2).fill('demo_base'), 'sample_point', ...Array(15).fill('service_point'), ...Array(3).fill('workstation')] as Array<'demo_base' | 'sample_point' | 'service_point' | 'workstation'>;
  const bases = baseKinds.map((kind, i) => {
    const a = villageAssignments[(i * 19 + 5) % villageAssignments.length]!;
    const p = people.find((x) => x.id === a.commissionerId)!;
    const label = { demo_base: '科技特派员创新创业示范基地', sample_point: '科技特派员服务样本点', service_point: '科技特派员服务帮扶点', workstation: '科技特派员工作站' }[kind];
    return { id: crypto.randomUUID(), regionCode: region, villageCode: a.villageCode!, name: `${a.targetName}${p.field}${label}（演示）`, kind, level: kind === 'demo_base' ? 'province' as const : 'county' as const,
      commissionerId: p.id, teamId: kind === 'demo_base' ? teams[i]!.id : null, industry: p.field, establishedOn: `${Y - 1}-0${1 + (i % 9)}-10`, isDemo: true };
  });
  const funds = [Y - 1, Y].flatMap((y) => [
    ...active.filter((p) => p.selectedOn! <= `${y}-12-31`).map((p) => ({ regionCode: region, year: y, commissionerId: p.id, project: `${y}年度科技特派员工作经费`, source: 'county' as const,
      amount: p.form === 'legal_person' ? '30000.00' : '8000.00', disbursedOn: y === Y ? null : `${y}-06-30`, purpose: '交通、培训资料与示范物资（演示）', isDemo: true })),
    ...teams.map((t) => ({ regionCode: region, year: y, teamId: t.id, project: `${t.name.replace('（演示）', '')}项目`, source: 'province' as const, amount: '200000.00', disbursedOn: `${y}-05-20`, purpose: '特派团技术攻关与示范（演示）', isDemo: true })),
  ]);

  const roster: DemoRoster = { people, assignments, villageOf: new Map([...villageOf].map(([k, v]) => [k, v])), today, year: Y };
  await db.transaction(async (tx) => {
    await insertAll(tx, commissionerRounds, rounds);
    await insertAll(tx, commissioners, people);
    await insertAll(tx, commissionerAssignments, assignments);
    await insertAll(tx, commissionerAgreements, agreements);
    await insertAll(tx, commissionerTeams, teams);
    await insertAll(tx, commissionerTeamMembers, members);
    await insertAll(tx, commissionerBases, bases);
    await insertAll(tx, commissionerFunds, funds);
    await seedDemoCommissionerWork(tx, ctx, roster, { staffId: accounts.find((a) => a.username === 'staff')?.id ?? null, rng: r });
  });
  return people.length;
}
