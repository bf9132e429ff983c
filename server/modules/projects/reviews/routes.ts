import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { aggregate, rank } from '../../../../domain/projects/scoring';
import { stateLabels } from '../../../../domain/projects/states';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { forbidden, notFound } from '../../../platform/errors';
import { findCall } from '../calls/repo';
import { isBureau } from '../shared/access';
import { idParams } from '../shared/zod';
import { presentReview } from './presenter';
import { findReview, listReviews, type ReviewRecord, reviewPage } from './repo';
import { confirmBody, declineBody, projectReviewSummary, ranking, reviewList, reviewQuery, reviewRow, submitBody } from './schemas';
import { confirmReview, declineReview, submitReview } from './service';

const totals = (rows: ReviewRecord[]) => rows.filter((r) => r.review.status === 'submitted' && r.review.total).map((r) => r.review.total!);

export const reviewRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const db = ctx.database.db;
  const tags = ['专家评审'];
  const one = async (scope: ReturnType<typeof requireScope>, id: string) => {
    const r = await findReview(db, scope, id);
    if (!r) throw notFound('评审任务');
    return presentReview(scope, r);
  };

  app.get('/api/v1/reviews', { schema: { tags, summary: '评审任务（专家只见本人的；分页）', querystring: reviewQuery, response: { 200: reviewList } } }, async (request) => {
    const scope = requireScope(request);
    const { items, total, totalExact } = await reviewPage(db, scope, request.query);
    return { items: items.map((r) => presentReview(scope, r)), total, totalExact, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/v1/reviews/:id', { schema: { tags, summary: '评审任务详情', params: idParams, response: { 200: reviewRow } } }, async (request) =>
    one(requireScope(request), request.params.id));

  app.post('/api/v1/reviews/:id/confirm', { schema: { tags, summary: '确认与项目无利益冲突', params: idParams, body: confirmBody, response: { 200: reviewRow } } }, async (request) => {
    const scope = requireScope(request);
    await confirmReview(ctx, scope, actorOf(request), request.params.id, request.body);
    return one(scope, request.params.id);
  });

  app.post('/api/v1/reviews/:id/decline', { schema: { tags, summary: '拒绝评审（或申报回避）', params: idParams, body: declineBody, response: { 200: reviewRow } } }, async (request) => {
    const scope = requireScope(request);
    await declineReview(ctx, scope, actorOf(request), request.params.id, request.body);
    return one(scope, request.params.id);
  });

  app.post('/api/v1/reviews/:id/submit', { schema: { tags, summary: '提交评分（只能提交一次）', params: idParams, body: submitBody, response: { 200: reviewRow } } }, async (request) => {
    const scope = requireScope(request);
    await submitReview(ctx, scope, actorOf(request), request.params.id, request.body);
    return one(scope, request.params.id);
  });

  app.get('/api/v1/projects/:id/reviews', { schema: { tags, summary: '项目的专家评审与汇总', params: idParams, response: { 200: projectReviewSummary } } }, async (request) => {
    const scope = requireScope(request);
    if (!isBureau(scope)) throw forbidden('只有科技局工作人员可以查看评审汇总');
    const rows = await listReviews(db, scope, { projectId: request.params.id });
    const call = rows[0] ? rows[0].call.scoreSheet.spreadLimit : 20;
    return { items: rows.map((r) => presentReview(scope, r)), aggregate: aggregate(totals(rows), call) };
  });

  app.get('/api/v1/calls/:id/ranking', { schema: { tags, summary: '评审汇总与排名', params: idParams, response: { 200: ranking } } }, async (request) => {
    const scope = requireScope(request);
    if (!isBureau(scope)) throw forbidden('只有科技局工作人员可以查看评审排名');
    const call = await findCall(db, scope, request.params.id);
    if (!call) throw notFound('申报指南');
    const rows = await listReviews(db, scope, { callId: request.params.id });
    const byProject = new Map<string, ReviewRecord[]>();
    for (const r of rows) byProject.set(r.project.id, [...(byProject.get(r.project.id) ?? []), r]);
    const entries = [...byProject.values()].map((rs) => ({ rs, agg: aggregate(totals(rs), call.call.scoreSheet.spreadLimit) }));
    const ranked = new Map(rank(entries, (e) => e.agg).map((x) => [x.item, x.rank]));
    const items = entries.map((e) => ({
      rank: ranked.get(e) ?? null,
      project: { id: e.rs[0]!.project.id, title: e.rs[0]!.project.title, applicantName: e.rs[0]!.applicantName, state: e.rs[0]!.project.state, stateLabel: stateLabels[e.rs[0]!.project.state], requestedFiscal: e.rs[0]!.project.requestedFiscal },
      aggregate: e.agg,
      pending: e.rs.filter((r) => r.review.status === 'assigned' || r.review.status === 'confirmed').length,
    }));
    return { items: items.sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9)) };
  });
};
