import crypto from 'node:crypto';
import type { PoolExpert } from '../../../domain/projects/conflicts';
import { chinaDate } from '../../../domain/projects/deadline';
import { recordDraw } from '../../../domain/projects/draw';
import { weightedTotal } from '../../../domain/projects/scoring';
import type { ProjectState } from '../../../domain/projects/states';
import type { Tx } from '../client';
import { files } from '../schema';
import { type experts, notifications, projectReviews, reviewDraws } from '../schema/project-reviews';
import { projectAttachments, type projectCalls, projectDisbursements, projectEvents, type projectProgrammes, projects } from '../schema/projects';
import { demoProjects, demoUuid } from './demo-projects-data';
import { demoComments, pathTo } from './demo-projects-paths';

const day = 86_400_000;
const approvedStates: ProjectState[] = ['approved', 'in_progress', 'acceptance_requested', 'accepted', 'acceptance_failed', 'terminated', 'archived', 'upper_approved'];
const paidShare: Partial<Record<ProjectState, number[]>> = {
  in_progress: [0.5], acceptance_requested: [0.5, 0.3], accepted: [0.5, 0.3, 0.2], archived: [0.5, 0.3, 0.2], acceptance_failed: [0.5], terminated: [0.3], upper_approved: [0.4],
};

interface Input {
  calls: Array<typeof projectCalls.$inferSelect & { key: string; ago: number }>;
  programmes: Array<typeof projectProgrammes.$inferSelect & { key: string }>;
  enterprises: Array<{ id: string; organisationId: string | null }>;
  demoEnterprise: { id: string; organisationId: string | null } | undefined;
  pool: Array<typeof experts.$inferSelect>;
  accounts: Array<{ id: string; username: string; name: string }>;
  now: Date;
  year: number;
}

const money = (n: number) => n.toFixed(2);

export async function seedDemoProjectRows(tx: Tx, i: Input): Promise<void> {
  const who = (u: string) => i.accounts.find((a) => a.username === u);
  const seq = new Map<number, number>();
  const made: Array<{ row: typeof projects.$inferSelect; path: ReturnType<typeof pathTo>; times: Date[] }> = [];
  let other = 0;
  for (const [k, d] of demoProjects.entries()) {
    const programme = i.programmes.find((p) => p.key === d.programme)!;
    const call = i.calls.find((c) => c.key === d.programme && c.ago === d.ago)!;
    const ent = d.enterprise === 'demo' && i.demoEnterprise ? i.demoEnterprise : i.enterprises[(other++ * 3) % i.enterprises.length]!;
    const path = pathTo(programme.track, d.state);
    const start = call.ago > 0 ? call.opensAt.getTime() + (5 + k) * 3_600_000 * 6 : Math.min(call.opensAt.getTime() + day, i.now.getTime() - 30 * day);
    const gap = Math.min(25 * day, (i.now.getTime() - 2 * day - start) / (path.length + 1));
    const times = path.map((_, s) => new Date(start + (s + 1) * gap));
    const reached = (e: string) => path.findIndex((p) => p.event === e);
    const fiscal = d.fiscal;
    const self = programme.track === 'self_funded' ? 600000 : Math.round(fiscal * 1.5);
    const approved = reached('approve') >= 0 ? Math.round(fiscal * 0.8 / 1000) * 1000 : reached('upper_approve') >= 0 ? fiscal : null;
    const numbered = approved !== null ? (seq.set(call.year, (seq.get(call.year) ?? 0) + 1), `${call.year}-341522-${String(seq.get(call.year)).padStart(3, '0')}`) : null;
    const publishAt = reached('publish');
    const publicity = d.state === 'publicity'
      ? { s: chinaDate(new Date(i.now.getTime() - 3 * day)), e: chinaDate(new Date(i.now.getTime() + 4 * day)) }
      : publishAt >= 0 ? { s: chinaDate(times[publishAt]!), e: chinaDate(new Date(times[publishAt]!.getTime() + 7 * day)) } : null;
    const budget = [
      ...(fiscal ? [{ category: 'equipment' as const, source: 'fiscal' as const, amount: money(fiscal * 0.6) }, { category: 'business' as const, source: 'fiscal' as const, amount: money(fiscal * 0.4) }] : []),
      { category: 'equipment' as const, source: 'self' as const, amount: money(self * 0.5) }, { category: 'labour' as const, source: 'self' as const, amount: money(self * 0.5) },
    ];
    const [row] = await tx.insert(projects).values({
      id: demoUuid(`project:${d.title}`),
      callId: call.id, programmeId: programme.id, year: call.year, track: programme.track, state: d.state, regionCode: '341522100', enterpriseId: ent.id,
      applicantOrganisationId: ent.organisationId, title: d.title, field: d.field, leader: { name: ['张立', '李敏', '王强', '赵雪', '陈晨'][k % 5]!, title: '高级工程师' },
      team: [{ name: '刘洋', role: '技术骨干' }, { name: '孙悦', role: '试验验证' }], partners: [], startOn: `${call.year}-07-01`, endOn: `${call.year + 1}-12-31`, budget,
      goals: `围绕“${d.title}”开展技术攻关与示范应用，形成可推广的技术方案。`, kpis: [{ name: '申请发明专利', target: '2件' }, { name: '新增销售收入', target: '500万元' }],
      requestedFiscal: money(fiscal), requestedSelf: money(self), approvedAmount: approved === null ? null : money(approved), fundingWon: d.state === 'upper_approved' ? money(fiscal) : null,
      projectNo: numbered, publicityStartsOn: publicity?.s ?? null, publicityEndsOn: publicity?.e ?? null,
      submittedAt: path.length ? times[0]! : null, approvedAt: approved !== null ? times[Math.max(reached('approve'), reached('upper_approve'))]! : null,
      createdBy: who('enterprise')?.id ?? null, isDemo: true, version: path.length + 1, createdAt: new Date(start), updatedAt: times.at(-1) ?? new Date(start),
    }).returning();
    made.push({ row: row!, path, times });
  }
  await tx.insert(projectEvents).values(made.flatMap(({ row, path, times }) => [
    { projectId: row.id, event: 'create', toState: 'draft' as const, actorId: who('enterprise')?.id ?? null, actorName: who('enterprise')?.name ?? '企业用户', at: row.createdAt },
    ...path.map((s, n) => {
      const actor = ['submit', 'request_acceptance'].includes(s.event) ? 'enterprise' : ['approve', 'terminate', 'accept_pass', 'accept_fail'].includes(s.event) ? 'leader' : 'staff';
      return { projectId: row.id, event: s.event, fromState: s.from, toState: s.to, actorId: who(actor)?.id ?? null, actorName: who(actor)?.name ?? actor, comment: demoComments[s.event] ?? null, at: times[n]!, payload: {} };
    }),
  ]));
  await seedReviews(tx, i, made.filter((m) => m.row.state === 'in_review' || m.path.some((s) => s.event === 'complete_review')).map((m) => m.row));
  await seedFunds(tx, i, made.map((m) => m.row));
}

async function seedReviews(tx: Tx, i: Input, reviewed: Array<typeof projects.$inferSelect>) {
  const pool: PoolExpert[] = i.pool.map((e) => ({ ...e, load: 0 }));
  for (const call of i.calls) {
    const rows = reviewed.filter((p) => p.callId === call.id);
    if (!rows.length) continue;
    const applications = rows.map((p) => ({ id: p.id, title: p.title, field: p.field ?? '', applicantOrganisationId: p.applicantOrganisationId ?? `enterprise:${p.enterpriseId}`, applicantName: '', enterpriseId: p.enterpriseId, partnerOrganisationIds: [] }));
    const conflicts = i.pool.filter((e) => e.name === '孙海涛').map((e) => ({ expertId: e.id, kind: 'collaborator' as const, organisationId: i.demoEnterprise?.organisationId ?? null, note: '2024年合作开发' }));
    const record = recordDraw({ seed: crypto.createHash('sha256').update(`demo-draw-${call.year}-${call.key}`).digest('hex').slice(0, 32), rule: call.drawRule, pool, applications, conflicts });
    const at = new Date(call.closesAt.getTime() + 10 * day);
    const [draw] = await tx.insert(reviewDraws).values({ callId: call.id, regionCode: call.regionCode, seed: record.input.seed, record, createdBy: i.accounts.find((a) => a.username === 'staff')?.id ?? null, createdAt: at }).returning();
    await tx.insert(projectReviews).values(record.result.assignments.map((a, n) => {
      const open = rows.find((p) => p.id === a.applicationId)!.state === 'in_review' && i.pool.find((e) => e.id === a.expertId)!.userId !== null;
      const scores = Object.fromEntries(call.scoreSheet.items.map((it, j) => [it.code, String(62 + ((n * 37 + j * 11) % 34))]));
      return {
        drawId: draw!.id, projectId: a.applicationId, expertId: a.expertId, category: a.category, position: a.position, createdAt: at,
        ...(open ? { status: 'assigned' as const } : { status: 'submitted' as const, confirmedAt: at, scores, total: weightedTotal(call.scoreSheet, scores), submittedAt: new Date(at.getTime() + 3 * day), comment: '同意推荐' }),
      };
    }));
    const expertUser = i.accounts.find((a) => a.username === 'expert');
    if (expertUser && rows.some((p) => p.state === 'in_review')) {
      await tx.insert(notifications).values({ userId: expertUser.id, kind: 'review.assigned', title: '您有新的项目评审任务，请先确认无利益冲突', link: '/reviews', objectType: 'review_draw', objectId: draw!.id });
    }
  }
}

async function seedFunds(tx: Tx, i: Input, rows: Array<typeof projects.$inferSelect>) {
  const sources = ['county', 'city_match', 'province_match'] as const;
  for (const p of rows.filter((r) => approvedStates.includes(r.state) && r.approvedAmount)) {
    const shares = paidShare[p.state] ?? [];
    if (shares.length) {
      await tx.insert(projectDisbursements).values(shares.map((s, n) => ({
        projectId: p.id, amount: money(Number(p.approvedAmount) * s), source: p.state === 'upper_approved' ? 'province_match' as const : sources[n]!,
        paidOn: chinaDate(new Date(Math.min(p.approvedAt!.getTime() + (n + 1) * 40 * day, i.now.getTime() - day))), voucherNo: `HQKJ-${p.year}-${p.projectNo?.slice(-3)}-${n + 1}`,
      })));
    }
    if (p.track === 'county' && p.state !== 'approved') {
      const content = Buffer.from(`${p.title} 项目任务书（演示）\n项目编号：${p.projectNo}\n`);
      const [f] = await tx.insert(files).values({ name: '项目任务书（演示）.txt', mime: 'text/plain', size: content.length, sha256: crypto.createHash('sha256').update(content).digest('hex'), content, purpose: 'project_attachment', regionCode: p.regionCode }).returning({ id: files.id });
      await tx.insert(projectAttachments).values({ projectId: p.id, kind: 'agreement', fileId: f!.id });
    }
  }
  const staff = i.accounts.find((a) => a.username === 'staff');
  const submitted = rows.find((r) => r.state === 'submitted' && r.track === 'county');
  if (staff && submitted) await tx.insert(notifications).values({ userId: staff.id, kind: 'project.submitted', title: `新的项目申报待形式审查：${submitted.title}`, link: `/projects/${submitted.id}`, objectType: 'project', objectId: submitted.id });
}
