import { and, eq } from 'drizzle-orm';
import { agreementStatusLabels } from '../../../../domain/commissioners/vocabulary';
import { files, organisations } from '../../../db/schema';
import { commissionerAgreements } from '../../../db/schema/commissioners';
import type { DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { notFound, staleVersion } from '../../../platform/errors';
import { assertManager } from '../access';
import { beforeOf, invalid, presentKeys } from '../common';
import { loadAssignment } from '../assignments/service';
import { type AgreementRecord, findAgreement } from './repo';
import type { AgreementRow, CreateAgreement, UpdateAgreement } from './schemas';

export const attachmentPurpose = 'commissioner.agreement';

export const presentAgreement = (r: AgreementRecord): AgreementRow => ({
  id: r.g.id, assignmentId: r.g.assignmentId, commissioner: { id: r.g.commissionerId, code: r.cCode, name: r.cName }, code: r.g.code,
  bureauParty: r.g.bureauParty, targetParty: r.g.targetParty, terms: r.g.terms, signedOn: r.g.signedOn, startsOn: r.g.startsOn, endsOn: r.g.endsOn,
  status: r.g.status, statusLabel: agreementStatusLabels[r.g.status], isDemo: r.g.isDemo, version: r.g.version,
  attachment: r.g.attachmentFileId && r.fileName ? { id: r.g.attachmentFileId, name: r.fileName, sha256: r.fileSha! } : null,
});

export async function loadAgreement(ctx: AppContext, scope: Scope, id: string) {
  const row = await findAgreement(ctx.database.db, scope, id);
  if (!row) throw notFound('服务协议');
  return row;
}

async function assertAttachment(db: DbOrTx, scope: Scope, fileId: string | null | undefined) {
  if (!fileId) return;
  const [f] = await db.select({ id: files.id }).from(files).where(and(eq(files.id, fileId), eq(files.uploadedBy, scope.userId), eq(files.purpose, attachmentPurpose)));
  if (!f) throw invalid('attachmentFileId', '协议扫描件', '文件不存在或不是您上传的');
}

function assertPeriod(startsOn: string, endsOn: string, signedOn: string | null | undefined, status: string) {
  if (endsOn < startsOn) throw invalid('endsOn', '结束日期', '不能早于开始日期');
  if (status !== 'draft' && !signedOn) throw invalid('signedOn', '签订日期', '已签订的协议须填写签订日期');
}

export async function createAgreement(ctx: AppContext, scope: Scope, actor: Actor, input: CreateAgreement) {
  assertManager(scope);
  const assignment = await loadAssignment(ctx, scope, input.assignmentId);
  const db = ctx.database.db;
  assertPeriod(input.startsOn, input.endsOn, input.signedOn, input.status);
  await assertAttachment(db, scope, input.attachmentFileId);
  const [bureau] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, scope.organisationId));
  const values = { regionCode: assignment.a.regionCode, assignmentId: assignment.a.id, commissionerId: assignment.a.commissionerId, code: input.code ?? null,
    bureauParty: input.bureauParty ?? bureau?.name ?? '科技局', targetParty: assignment.a.targetName, terms: input.terms, signedOn: input.signedOn ?? null,
    startsOn: input.startsOn, endsOn: input.endsOn, status: input.status, attachmentFileId: input.attachmentFileId ?? null };
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(commissionerAgreements).values(values).returning({ id: commissionerAgreements.id });
    await recordAudit(tx, actor, { action: 'commissioner_agreement.create', objectType: 'commissioner_agreement', objectId: row!.id, details: { after: values } });
    return row!.id;
  });
  return loadAgreement(ctx, scope, id);
}

export async function updateAgreement(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: UpdateAgreement) {
  const before = await loadAgreement(ctx, scope, id);
  assertManager(scope);
  const changes = presentKeys(input, ['code', 'bureauParty', 'terms', 'signedOn', 'startsOn', 'endsOn', 'status', 'attachmentFileId']);
  const merged = { ...before.g, ...changes };
  assertPeriod(merged.startsOn, merged.endsOn, merged.signedOn, merged.status);
  if (input.attachmentFileId && input.attachmentFileId !== before.g.attachmentFileId) await assertAttachment(ctx.database.db, scope, input.attachmentFileId);
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(commissionerAgreements).set({ ...changes, version: input.version + 1, updatedAt: ctx.now() })
      .where(and(eq(commissionerAgreements.id, id), eq(commissionerAgreements.version, input.version))).returning({ id: commissionerAgreements.id });
    if (done.length === 0) throw staleVersion('服务协议');
    await recordAudit(tx, actor, { action: 'commissioner_agreement.update', objectType: 'commissioner_agreement', objectId: id, details: { before: beforeOf(before.g, changes), after: changes } });
  });
  return loadAgreement(ctx, scope, id);
}
