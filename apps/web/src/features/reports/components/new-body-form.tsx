import { useState } from 'react';
import { useCreateBody } from '../api/bodies';
import { BodyForm, NEW_BODY, type Priority } from './body-form';

/** A body added to the plan: the form empties once it is saved. */
export function NewBodyForm({ planId, priorities }: { planId: string; priorities: Priority[] }) {
  const [fields, setFields] = useState(NEW_BODY);
  const create = useCreateBody(planId, { onSuccess: () => setFields(NEW_BODY) });
  return (
    <BodyForm
      heading={<h2 className="govuk-heading-m">Add a body</h2>}
      submitLabel="Add body"
      fields={fields}
      onChange={setFields}
      priorities={priorities}
      error={create.error}
      pending={create.isPending}
      onSubmit={(body) => create.mutate(body)}
    />
  );
}
