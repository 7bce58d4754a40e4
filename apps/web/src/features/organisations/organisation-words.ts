import type { OrganisationKind } from '@ragboard/shared';

export const ORGANISATION_KIND_WORDS: Record<OrganisationKind, string> = {
  council: 'Council',
  icb: 'Integrated care board',
  nhs_trust: 'NHS trust',
  school_or_college: 'School or college',
  parent_carer_forum: 'Parent carer forum',
  young_people: 'Young people’s representatives',
  voluntary_sector: 'Voluntary sector',
  other: 'Other',
};
