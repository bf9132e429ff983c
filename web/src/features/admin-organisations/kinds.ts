import { organisationKindLabels, organisationKinds } from '../../api/types';

export const kindOptions = organisationKinds.map((k) => ({ value: k, label: organisationKindLabels[k] }));
