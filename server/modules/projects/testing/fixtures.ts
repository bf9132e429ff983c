import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { composeUscc } from '../../../../domain/uscc';
import { enterpriseTiers, enterprises, organisations, users } from '../../../db/schema';
import { experts } from '../../../db/schema/project-reviews';
import type { Agent, TestApp } from '../../../test/harness';

export const demoEnterpriseOrg = '霍邱县演示智能装备有限公司';

/** The enterprise-master row of the demo enterprise account (created if the seed has none), 科小 valid. */
export async function demoEnterprise(t: TestApp): Promise<{ id: string; organisationId: string }> {
  const [org] = await t.db.select({ id: organisations.id, regionCode: organisations.regionCode, uscc: organisations.uscc }).from(organisations).where(eq(organisations.name, demoEnterpriseOrg));
  const [found] = await t.db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.organisationId, org!.id));
  const id = found?.id ?? (await t.db.insert(enterprises).values({ uscc: org!.uscc!, name: demoEnterpriseOrg, regionCode: org!.regionCode, organisationId: org!.id, address: '霍邱县经济开发区演示路1号', legalRep: '陈演示' }).returning({ id: enterprises.id }))[0]!.id;
  const year = new Date().getFullYear();
  const [tier] = await t.db.select({ id: enterpriseTiers.id }).from(enterpriseTiers).where(and(eq(enterpriseTiers.enterpriseId, id), eq(enterpriseTiers.kind, 'tech_sme'), eq(enterpriseTiers.year, year)));
  if (!tier) await t.db.insert(enterpriseTiers).values({ enterpriseId: id, kind: 'tech_sme', year, validFrom: `${year}-01-01`, validUntil: `${year}-12-31`, number: `${year}3415220000${crypto.randomInt(100, 999)}` });
  return { id, organisationId: org!.id };
}

/** Another enterprise in the demo county, without an account (for paper applications). */
export async function otherEnterprise(t: TestApp, regionCode = '341522100'): Promise<string> {
  const body = `MA${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
  const [row] = await t.db.insert(enterprises).values({ uscc: composeUscc('91', regionCode.slice(0, 6), body), name: `测试企业${body}`, regionCode }).returning({ id: enterprises.id });
  return row!.id;
}

export const scoreSheet = {
  items: [
    { code: 'innovation', title: '创新性', weight: 40 },
    { code: 'feasibility', title: '可行性', weight: 30 },
    { code: 'benefit', title: '效益', weight: 30 },
  ],
  commentBelow: 60,
  spreadLimit: 20,
};

export async function openCall(staff: Agent, over: Record<string, unknown> = {}, track: 'county' | 'recommend' | 'self_funded' = 'county') {
  const programme = await staff.post('/api/v1/programmes', { name: `县级科技计划${crypto.randomBytes(3).toString('hex')}`, level: 'county', track });
  if (programme.statusCode !== 201) throw new Error(programme.body);
  const now = Date.now();
  const call = await staff.post('/api/v1/calls', {
    programmeId: programme.json().id,
    year: new Date().getFullYear(),
    title: '2026年度县级科技计划项目申报指南',
    opensAt: new Date(now - 86_400_000).toISOString(),
    closesAt: new Date(now + 10 * 86_400_000).toISOString(),
    budget: '2000000',
    maxFiscalPerProject: '500000',
    minSelfToFiscal: '1',
    maxMonths: 24,
    requireTechSme: true,
    requiredAttachments: [{ kind: 'licence', label: '营业执照' }],
    scoreSheet,
    drawRule: { perApplication: 3, minFinancial: 1, minTechnicalPercent: 60 },
    ...over,
  });
  if (call.statusCode !== 201) throw new Error(call.body);
  return call.json() as { id: string; programme: { id: string } };
}

export const fullContent = {
  title: '智能农机关键部件研发与示范',
  field: 'manufacturing',
  leader: { name: '张工', title: '高级工程师' },
  team: [{ name: '李工', role: '技术骨干' }],
  startOn: '2026-07-01',
  endOn: '2027-12-31',
  budget: [
    { category: 'equipment', source: 'fiscal', amount: '300000' },
    { category: 'equipment', source: 'self', amount: '400000' },
  ],
  goals: '完成样机研制并在3个乡镇示范应用',
  kpis: [{ name: '申请发明专利', target: '2件' }],
};

/** A multipart body with one file, for app.inject. */
export function multipart(name: string, content: Buffer | string, mime = 'application/pdf') {
  const boundary = `----kejiju${crypto.randomBytes(6).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${mime}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(agent: Agent, projectId: string, kind: string, name = '营业执照.pdf', content = '%PDF-1.4 demo') {
  const m = multipart(name, content);
  return agent.request({ method: 'POST', url: `/api/v1/projects/${projectId}/attachments?kind=${kind}`, payload: m.payload, headers: m.headers });
}

/** n experts in the demo county pool; the first technical ones match `field`. Returns ids. */
export async function seedExperts(t: TestApp, spec: { technical: number; financial: number; field?: string; organisationId?: string | null }): Promise<string[]> {
  const rows = [
    ...Array.from({ length: spec.technical }, (_, i) => ({ name: `技术专家${i + 1}`, category: 'technical' as const, fields: [spec.field ?? 'manufacturing'] })),
    ...Array.from({ length: spec.financial }, (_, i) => ({ name: `财务专家${i + 1}`, category: 'financial' as const, fields: [] as string[] })),
  ];
  const inserted = await t.db.insert(experts).values(rows.map((r, i) => ({
    ...r, regionCode: '341522', organisationName: `测试单位${i}`, organisationId: spec.organisationId ?? null, quota: 50,
  }))).returning({ id: experts.id });
  return inserted.map((r) => r.id);
}

export async function linkExpertAccount(t: TestApp, expertId: string, username = 'expert'): Promise<void> {
  const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  await t.db.update(experts).set({ userId: null }).where(eq(experts.userId, u!.id));
  await t.db.update(experts).set({ userId: u!.id }).where(eq(experts.id, expertId));
}
