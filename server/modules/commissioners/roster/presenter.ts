import { maskMobile } from '../../../../domain/masking';
import { formLabels, levelLabels, statusLabels } from '../../../../domain/commissioners/vocabulary';
import type { AppContext } from '../../../platform/context';
import type { RosterRecord } from './repo';
import type { CommissionerRow } from './schemas';

export function presentCommissioner(ctx: AppContext, r: RosterRecord): CommissionerRow {
  const c = r.c;
  return {
    id: c.id,
    regionCode: c.regionCode,
    code: c.code,
    name: c.name,
    form: c.form,
    formLabel: formLabels[c.form],
    level: c.level,
    levelLabel: levelLabels[c.level],
    gender: c.gender,
    field: c.field,
    speciality: c.speciality,
    workUnit: c.workUnit,
    title: c.title,
    isStudent: c.isStudent,
    phoneMasked: c.phoneEnc ? maskMobile(ctx.cipher.decrypt(c.phoneEnc)) : null,
    user: c.userId && r.username ? { id: c.userId, username: r.username } : null,
    status: c.status,
    statusLabel: statusLabels[c.status],
    round: c.roundId && r.roundName ? { id: c.roundId, name: r.roundName } : null,
    selectedOn: c.selectedOn,
    exitedOn: c.exitedOn,
    exitReason: c.exitReason,
    teams: r.teams,
    activeVillages: r.activeVillages,
    activeAssignments: r.activeAssignments,
    isDemo: c.isDemo,
    version: c.version,
  };
}
