import {
  type GlossaryTerm,
  glossaryTermSchema,
  type Publication,
  type PublicSummary,
  publicationSchema,
  publicSummarySchema,
} from '@ragboard/shared';
import { nextId } from './factories';

export function glossaryTerm(overrides: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return glossaryTermSchema.parse({
    id: nextId(),
    term: 'EHCP',
    expansion: 'Education, health and care plan',
    version: 1,
    ...overrides,
  });
}

export function publicSummary(overrides: Partial<PublicSummary> = {}): PublicSummary {
  return publicSummarySchema.parse({
    kind: 'action',
    itemId: nextId(),
    planId: nextId(),
    ref: '1.1.1',
    title: 'Review complaints about education, health and care services',
    said: '',
    happened: '',
    writtenBy: null,
    writtenAt: null,
    published: null,
    changedSinceApproval: false,
    version: 0,
    ...overrides,
  });
}

export function publication(overrides: Partial<Publication> = {}): Publication {
  const planId = overrides.settings?.planId ?? nextId();
  return publicationSchema.parse({
    settings: {
      planId,
      public: false,
      slug: 'send-plan',
      showLeadNames: false,
      licenceName: 'Open Government Licence v3.0',
      licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      version: 0,
    },
    glossary: [],
    items: [],
    ...overrides,
  });
}
