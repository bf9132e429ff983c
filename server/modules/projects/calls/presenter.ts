import { programmeLevelLabels } from '../../../../domain/projects/catalog';
import { windowState } from '../../../../domain/projects/deadline';
import { trackLabels } from '../../../../domain/projects/states';
import type { projectProgrammes } from '../../../db/schema/projects';
import { hasRole, type Scope } from '../../../platform/authz/scope';
import { isOperator } from '../shared/access';
import type { CallRecord } from './repo';
import type { CallRow } from './schemas';

export function presentProgramme(scope: Scope, p: typeof projectProgrammes.$inferSelect) {
  return {
    id: p.id,
    regionCode: p.regionCode,
    name: p.name,
    level: p.level,
    levelLabel: programmeLevelLabels[p.level],
    track: p.track,
    trackLabel: trackLabels[p.track],
    description: p.description,
    active: p.active,
    version: p.version,
    abilities: { update: isOperator(scope) && p.regionCode.startsWith(scope.regionCode) },
  };
}

export function presentCall(scope: Scope, r: CallRecord, now: Date): CallRow {
  const c = r.call;
  const state = windowState(c, now);
  const owner = isOperator(scope) && c.regionCode.startsWith(scope.regionCode);
  return {
    id: c.id,
    programme: r.programme,
    regionCode: c.regionCode,
    year: c.year,
    title: c.title,
    description: c.description,
    opensAt: c.opensAt.toISOString(),
    closesAt: c.closesAt.toISOString(),
    windowState: state,
    budget: c.budget,
    maxFiscalPerProject: c.maxFiscalPerProject,
    minSelfToFiscal: c.minSelfToFiscal,
    maxMonths: c.maxMonths,
    requireInRegion: c.requireInRegion,
    requireHnte: c.requireHnte,
    requireTechSme: c.requireTechSme,
    requiredAttachments: c.requiredAttachments,
    scoreSheet: { ...c.scoreSheet, items: [...c.scoreSheet.items] },
    drawRule: c.drawRule,
    applications: r.applications,
    version: c.version,
    abilities: {
      update: owner,
      apply: hasRole(scope, 'enterprise') && state === 'open',
      draw: owner && r.programme.track === 'county',
    },
  };
}
