import type { ActionBrief } from '@ragboard/shared';
import { useState } from 'react';
import { SignOffItem } from './sign-off-item';

/** The Blues awaiting the manager's sign-off, each signed off or refused where it stands. */
export function SignOffQueue({ items }: { items: ActionBrief[] }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="sign-off-heading">
      <h2 className="govuk-heading-m" id="sign-off-heading">
        Awaiting sign-off
      </h2>
      <p className="govuk-body" role="status">
        {done}
      </p>
      {items.length === 0 ? (
        <p className="govuk-body">Nothing is awaiting sign-off.</p>
      ) : (
        items.map((item) => <SignOffItem key={item.id} item={item} onDone={setDone} />)
      )}
    </section>
  );
}
