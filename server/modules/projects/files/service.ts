import { and, asc, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { editableStates } from '../../../../domain/projects/states';
import { files, users } from '../../../db/schema';
import { projectAttachments } from '../../../db/schema/projects';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, forbidden, notFound } from '../../../platform/errors';
import { saveFile } from '../../../platform/files/store';
import { findProject, type ProjectRecord } from '../applications/repo';
import { actorRolesFor, isOperator } from '../shared/access';
import { loadCall } from '../workflow/service';
import { fileNameProblem, implementationKinds, projectFileKinds, safeName } from './kinds';

export async function loadProject(ctx: AppContext, scope: Scope, id: string): Promise<ProjectRecord> {
  const found = await findProject(ctx.database.db, scope, id);
  if (!found) throw notFound('项目');
  return found;
}

export async function listAttachments(ctx: AppContext, projectId: string) {
  return ctx.database.db.select({
    id: projectAttachments.id, kind: projectAttachments.kind, fileId: files.id, name: files.name, mime: files.mime, size: files.size, sha256: files.sha256,
    uploadedBy: users.displayName, uploadedById: projectAttachments.uploadedBy, createdAt: projectAttachments.createdAt,
  }).from(projectAttachments).innerJoin(files, eq(files.id, projectAttachments.fileId)).leftJoin(users, eq(users.id, projectAttachments.uploadedBy))
    .where(eq(projectAttachments.projectId, projectId)).orderBy(asc(projectAttachments.createdAt));
}

async function assertMayUpload(ctx: AppContext, scope: Scope, r: ProjectRecord, kind: string) {
  const p = r.project;
  if (p.state === 'archived') throw new AppError('INVALID_TRANSITION', '项目已归档，不能再添加附件');
  if (isOperator(scope)) return;
  if (!actorRolesFor(scope, p).includes('applicant')) throw forbidden('只有申报单位或业务科室可以上传附件');
  const call = await loadCall(ctx.database.db, p.callId);
  const applicationKinds = [...call.requiredAttachments.map((a) => a.kind), 'other'];
  if (editableStates.includes(p.state) && applicationKinds.includes(kind)) return;
  if (['approved', 'in_progress', 'acceptance_requested'].includes(p.state) && implementationKinds.includes(kind)) return;
  throw new AppError('INVALID_TRANSITION', '当前阶段不能上传此类附件');
}

/** One file of a multipart request, stored with its SHA-256 and linked to the project. */
export async function uploadAttachment(ctx: AppContext, scope: Scope, actor: Actor, projectId: string, kind: string, request: FastifyRequest) {
  const r = await loadProject(ctx, scope, projectId);
  await assertMayUpload(ctx, scope, r, kind);
  if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以 multipart/form-data 方式上传文件');
  const part = await request.file();
  if (!part) throw new AppError('VALIDATION_FAILED', '没有收到上传的文件');
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', `文件超过 ${Math.round(ctx.config.uploadMaxBytes / 1048576)} MB 的上限`);
    throw err;
  }
  const name = safeName(part.filename || '附件');
  const problem = fileNameProblem(name);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, [{ field: 'file', message: problem }]);
  if (!content.length) throw new AppError('VALIDATION_FAILED', '上传的文件是空的');
  return ctx.database.db.transaction(async (tx) => {
    const saved = await saveFile(tx, { name, mime: part.mimetype || 'application/octet-stream', content, purpose: 'project_attachment', owner: { userId: scope.userId, organisationId: scope.organisationId, regionCode: r.project.regionCode } });
    const [row] = await tx.insert(projectAttachments).values({ projectId, kind, fileId: saved.id, uploadedBy: scope.userId }).returning({ id: projectAttachments.id });
    await recordAudit(tx, actor, { action: 'project.attachment.add', objectType: 'project', objectId: projectId, details: { after: { attachmentId: row!.id, kind, name, size: content.length, sha256: saved.sha256 } } });
    return row!.id;
  });
}

export async function removeAttachment(ctx: AppContext, scope: Scope, actor: Actor, projectId: string, attachmentId: string) {
  const r = await loadProject(ctx, scope, projectId);
  const [att] = await ctx.database.db.select().from(projectAttachments).where(and(eq(projectAttachments.id, attachmentId), eq(projectAttachments.projectId, projectId)));
  if (!att) throw notFound('附件');
  const applicant = actorRolesFor(scope, r.project).includes('applicant') && editableStates.includes(r.project.state);
  if (!applicant && !(isOperator(scope) && r.project.state !== 'archived')) throw forbidden('当前不能删除该附件');
  await ctx.database.db.transaction(async (tx) => {
    await tx.delete(projectAttachments).where(eq(projectAttachments.id, attachmentId));
    await recordAudit(tx, actor, { action: 'project.attachment.remove', objectType: 'project', objectId: projectId, details: { before: att } });
  });
}

export const kindLabel = (kind: string, required: { kind: string; label: string }[]) =>
  required.find((a) => a.kind === kind)?.label ?? projectFileKinds[kind] ?? kind;
