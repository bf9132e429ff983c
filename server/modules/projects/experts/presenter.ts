import { expertCategoryLabels, researchFieldLabels, type ResearchField } from '../../../../domain/projects/catalog';
import { maskMobile } from '../../../../domain/masking';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { isOperator } from '../shared/access';
import type { ExpertRecord } from './repo';

export function presentExpert(ctx: AppContext, scope: Scope, r: ExpertRecord) {
  const e = r.expert;
  const own = e.regionCode.startsWith(scope.regionCode);
  return {
    id: e.id,
    name: e.name,
    category: e.category,
    categoryLabel: expertCategoryLabels[e.category],
    fields: e.fields,
    fieldLabels: e.fields.map((f) => researchFieldLabels[f as ResearchField] ?? f),
    title: e.title,
    organisation: { id: e.organisationId, name: e.organisationName },
    enterpriseIds: e.enterpriseIds,
    regionCode: e.regionCode,
    phoneMasked: e.phoneEnc ? maskMobile(ctx.cipher.decrypt(e.phoneEnc)) : null,
    status: e.status,
    quota: e.quota,
    load: r.load,
    hasAccount: e.userId !== null,
    conflicts: r.conflicts,
    version: e.version,
    abilities: { update: isOperator(scope) && own, revealPhone: isOperator(scope) && own },
  };
}
