import { funnelStageLabel } from '../../../../domain/enterprise/funnel';
import { hnteField } from '../../../../domain/dict/hnte-fields';
import { industryDivision } from '../../../../domain/dict/industries';
import type { EnterpriseListRecord } from './repo';
import type { EnterpriseRowOut } from './schemas';

export function presentEnterpriseRow(r: EnterpriseListRecord): EnterpriseRowOut {
  return {
    id: r.id,
    uscc: r.uscc,
    name: r.name,
    regionCode: r.regionCode,
    regionName: r.regionName,
    county: { code: r.regionCode.slice(0, 6), name: r.countyName },
    town: r.regionCode.length > 6 ? { code: r.regionCode, name: r.localName } : null,
    industryCode: r.industryCode,
    industryName: industryDivision(r.industryCode)?.name ?? null,
    hnteFieldCode: r.hnteFieldCode,
    hnteFieldName: hnteField(r.hnteFieldCode)?.name ?? null,
    foundedOn: r.foundedOn,
    funnelStage: r.funnelStage,
    funnelStageLabel: funnelStageLabel(r.funnelStage),
    tiers: r.tiers,
    tags: r.tags,
    cadre: r.cadreId ? { id: r.cadreId, name: r.cadreName ?? '' } : null,
    isDemo: r.isDemo,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}
