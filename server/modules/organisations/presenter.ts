import type { OrganisationKind } from '../../db/schema';
import { organisationKindLabels, type OrganisationRow } from './schemas';

export function presentOrganisation(row: Omit<OrganisationRow, 'kindLabel'> & { kind: OrganisationKind }): OrganisationRow {
  return { ...row, kindLabel: organisationKindLabels[row.kind] };
}
