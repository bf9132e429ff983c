import { z } from 'zod';
import { entryOutcomes } from '../../../../domain/enterprise/batches';
import { batchKinds } from '../../../../domain/enterprise/codes';
import { diagnosisResponse } from '../../diagnosis/response-schemas';
import { annualData } from '../annual/schemas';
import { funnelMove } from '../funnel/schemas';
import { reminder } from '../insights/schemas';
import { reportYear, tier } from '../tiers/schemas';
import { enterpriseRow } from './schemas';

export const diagnosisView = z.object({
  status: z.enum(['ok', 'insufficient']),
  asOf: z.string(),
  years: z.array(z.int()),
  missing: z.array(z.string()),
  assumptions: z.array(z.string()),
  result: diagnosisResponse.nullable(),
});

export const batchEntryRef = z.object({
  batchId: z.uuid(),
  batchName: z.string(),
  kind: z.enum(batchKinds),
  year: z.int(),
  outcome: z.enum(entryOutcomes),
  outcomeLabel: z.string(),
  updatedAt: z.string(),
});

export const enterpriseDetail = enterpriseRow.extend({
  address: z.string().nullable(),
  legalRep: z.string().nullable(),
  contactName: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  organisationId: z.uuid().nullable(),
  industry: z.object({ code: z.string(), name: z.string(), sectionCode: z.string(), sectionName: z.string() }).nullable(),
  hnteFieldPath: z.array(z.string()),
  currentTiers: z.array(tier),
  tierHistory: z.array(tier),
  latestAnnual: annualData.nullable(),
  annualYears: z.array(z.int()),
  hnteReports: z.object({ certificateNumber: z.string().nullable(), years: z.array(reportYear), missed: z.int(), flagged: z.boolean() }).nullable(),
  diagnosis: diagnosisView,
  reminders: z.array(reminder),
  funnelHistory: z.array(funnelMove),
  batchEntries: z.array(batchEntryRef),
  abilities: z.object({
    update: z.boolean(),
    updateProfile: z.boolean(),
    editAnnualData: z.boolean(),
    manageTiers: z.boolean(),
    fileHnteReport: z.boolean(),
    moveFunnel: z.boolean(),
    revealPhone: z.boolean(),
  }),
});
export type EnterpriseDetail = z.infer<typeof enterpriseDetail>;
