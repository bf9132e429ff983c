import { z } from 'zod';
import { agreementStatuses } from '../../../../domain/commissioners/vocabulary';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { isoDate, optionalText, versionField } from '../common';

export const agreementRow = z.object({
  id: z.uuid(),
  assignmentId: z.uuid(),
  commissioner: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  code: z.string().nullable(),
  bureauParty: z.string(),
  targetParty: z.string(),
  terms: z.string(),
  signedOn: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(agreementStatuses),
  statusLabel: z.string(),
  attachment: z.object({ id: z.uuid(), name: z.string(), sha256: z.string() }).nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type AgreementRow = z.infer<typeof agreementRow>;
export const agreementPage = pageOf(agreementRow);

export const agreementQuery = z.object({
  ...pagingQuery,
  commissionerId: z.uuid().optional().meta({ title: '科技特派员' }),
  assignmentId: z.uuid().optional().meta({ title: '派驻记录' }),
  status: z.enum(agreementStatuses).optional().meta({ title: '状态' }),
});

const fields = {
  code: optionalText(40, '协议编号'),
  bureauParty: z.string().trim().min(2).max(100).meta({ title: '派出单位（甲方）' }),
  terms: z.string().trim().min(10).max(5000).meta({ title: '协议条款' }),
  signedOn: isoDate.nullable().optional().meta({ title: '签订日期' }),
  startsOn: isoDate.meta({ title: '开始日期' }),
  endsOn: isoDate.meta({ title: '结束日期' }),
  status: z.enum(agreementStatuses).meta({ title: '状态' }),
  attachmentFileId: z.uuid().nullable().optional().meta({ title: '协议扫描件' }),
};
export const createAgreementBody = z.object({
  assignmentId: z.uuid().meta({ title: '派驻记录' }),
  ...fields,
  bureauParty: fields.bureauParty.optional(),
  status: fields.status.default('draft'),
});
export type CreateAgreement = z.infer<typeof createAgreementBody>;
export const updateAgreementBody = z.object({ version: versionField, ...fields }).partial({ bureauParty: true, terms: true, startsOn: true, endsOn: true, status: true });
export type UpdateAgreement = z.infer<typeof updateAgreementBody>;

export const attachmentBody = z.object({
  name: z.string().trim().min(1).max(100).meta({ title: '文件名' }),
  mime: z.enum(['application/pdf', 'image/jpeg', 'image/png']).meta({ title: '文件格式' }),
  dataBase64: z.string().min(16).max(1_400_000).meta({ title: '文件内容' }),
});
