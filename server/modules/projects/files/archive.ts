import { asc, eq, inArray } from 'drizzle-orm';
import JSZip from 'jszip';
import { budgetCategoryLabels, budgetSourceLabels } from '../../../../domain/projects/catalog';
import { chinaDateTime } from '../../../../domain/projects/deadline';
import { eventLabels, type ProjectEvent } from '../../../../domain/projects/events';
import { stateLabels } from '../../../../domain/projects/states';
import { files } from '../../../db/schema';
import { projectDisbursements, projectEvents } from '../../../db/schema/projects';
import type { ProjectRecord } from '../applications/repo';
import type { AppContext } from '../../../platform/context';
import { loadCall } from '../workflow/service';
import { safeName } from './kinds';
import { kindLabel, listAttachments } from './service';

/** The project's whole 数字档案 as one zip: summary, timeline, funds, every attachment and a hash manifest. */
export async function buildArchive(ctx: AppContext, r: ProjectRecord): Promise<{ name: string; content: Buffer }> {
  const db = ctx.database.db;
  const p = r.project;
  const call = await loadCall(db, p.callId);
  const zip = new JSZip();
  const summary = [
    `项目名称：${p.title}`, `项目编号：${p.projectNo ?? '（未立项）'}`, `申报指南：${call.title}`, `科技计划：${r.programme.name}`,
    `申报单位：${r.applicantName}`, `当前状态：${stateLabels[p.state]}`, `实施期：${p.startOn ?? ''} 至 ${p.endOn ?? ''}`,
    `项目负责人：${p.leader?.name ?? ''}`, `项目组成员：${p.team.map((m) => m.name).join('、')}`,
    `申请财政资金：${p.requestedFiscal} 元`, `自筹资金：${p.requestedSelf} 元`, `立项金额：${p.approvedAmount ?? '—'} 元`,
    '', '经费预算：', ...p.budget.map((l) => `  ${budgetCategoryLabels[l.category]}（${budgetSourceLabels[l.source]}）：${l.amount} 元`),
    '', '项目目标：', p.goals ?? '', '', '考核指标：', ...p.kpis.map((k) => `  ${k.name}：${k.target}`),
  ];
  zip.file('01-项目信息.txt', summary.join('\n'));
  zip.file('申报数据.json', JSON.stringify({ project: p, call: { id: call.id, title: call.title, year: call.year } }, null, 2));
  const events = await db.select().from(projectEvents).where(eq(projectEvents.projectId, p.id)).orderBy(asc(projectEvents.id));
  zip.file('02-办理记录.txt', events.map((e) =>
    `${chinaDateTime(e.at)}  ${e.actorName}  ${e.event === 'create' ? '创建申报书' : eventLabels[e.event as ProjectEvent] ?? e.event}  ${e.fromState ? stateLabels[e.fromState] : ''} → ${stateLabels[e.toState]}${e.comment ? `  意见：${e.comment}` : ''}`).join('\n'));
  const tranches = await db.select().from(projectDisbursements).where(eq(projectDisbursements.projectId, p.id)).orderBy(asc(projectDisbursements.paidOn));
  zip.file('03-经费拨付.txt', tranches.map((d) => `${d.paidOn}  ${d.amount} 元  ${d.source}  凭证号 ${d.voucherNo}${d.note ? `  ${d.note}` : ''}`).join('\n') || '（无拨付记录）');
  const attachments = await listAttachments(ctx, p.id);
  const contents = attachments.length ? await db.select({ id: files.id, content: files.content }).from(files).where(inArray(files.id, attachments.map((a) => a.fileId))) : [];
  const manifest = ['路径\t大小（字节）\tSHA-256\t上传人\t上传时间'];
  attachments.forEach((a, i) => {
    const path = `附件/${safeName(kindLabel(a.kind, call.requiredAttachments))}/${String(i + 1).padStart(3, '0')}-${safeName(a.name)}`;
    zip.file(path, contents.find((c) => c.id === a.fileId)!.content);
    manifest.push(`${path}\t${a.size}\t${a.sha256}\t${a.uploadedBy ?? ''}\t${chinaDateTime(a.createdAt)}`);
  });
  zip.file('00-档案清单.txt', manifest.join('\n'));
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', date: ctx.now() } as JSZip.JSZipGeneratorOptions<'nodebuffer'>);
  return { name: `${safeName(p.projectNo ?? p.title ?? '项目')}-档案.zip`, content };
}
