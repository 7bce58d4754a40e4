import {
  type UpdateRequestRefusalDetails,
  type UpdateRequestSheet,
  type UpdateSheetItem,
  updateRequestSheetSchema,
  updateSheetItemSchema,
} from '@ragboard/shared';
import { actionNode } from './factories';

export function sheetItem(overrides: Partial<UpdateSheetItem> = {}): UpdateSheetItem {
  return updateSheetItemSchema.parse({
    action: actionNode({ dueMonth: '2027-03', dueText: null }),
    outcomeRef: '1.1',
    previous: null,
    given: null,
    ...overrides,
  });
}

/** Sally's November link: 1.1.1 (Green in October, with a note) and 1.1.2 (never updated). */
export function requestSheet(overrides: Partial<UpdateRequestSheet> = {}): UpdateRequestSheet {
  return updateRequestSheetSchema.parse({
    person: { id: '00000000-0000-4000-8000-000000000101', name: 'Sally Richardson' },
    sections: [
      {
        plan: { id: '00000000-0000-4000-8000-000000000102', title: 'SEND improvement plan' },
        period: '2026-11',
        deadline: '2026-11-30',
        items: [
          sheetItem({
            action: actionNode({
              ref: '1.1.1',
              title: 'Review complaints',
              dueMonth: '2027-03',
              dueText: null,
            }),
            previous: { period: '2026-10', status: 'Green', note: 'October: the group met' },
          }),
          sheetItem({
            action: actionNode({
              ref: '1.1.2',
              title: 'Publish the local offer',
              dueMonth: '2027-03',
              dueText: null,
            }),
          }),
        ],
      },
    ],
    openUntil: '2026-12-05',
    contact: { name: 'Pat Manager', email: 'pat@example.org' },
    ...overrides,
  });
}

/** The API's refusal of a link that does not work (401, saying why), as `stubApi` takes it. */
export function linkRefusal(details: UpdateRequestRefusalDetails) {
  return {
    status: 401,
    body: { error: { code: 'unauthorised', message: 'This link cannot be used', details } },
  };
}
