import type { PublicationSettings, UpdatePublicationBody } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { Checkboxes } from '../../../components/form/checkboxes';
import { ErrorSummary } from '../../../components/form/error-summary';
import { fieldErrorsFrom } from '../../../components/form/field-errors';
import { TextInput } from '../../../components/form/text-input';
import { changedFields } from '../../../lib/changes';
import { isStaleVersion } from '../../../lib/stale-version';
import { useUpdatePublication } from '../api/update-publication';

type Fields = Required<UpdatePublicationBody>;

function fieldsOf(settings: PublicationSettings): Fields {
  const { public: isPublic, slug, showLeadNames, licenceName, licenceUrl } = settings;
  return { public: isPublic, slug, showLeadNames, licenceName, licenceUrl };
}

/** The manager turns the page on or off, and sets its address, lead names and licence. */
export function SettingsForm({ settings }: { settings: PublicationSettings }) {
  const [fields, setFields] = useState(() => fieldsOf(settings));
  const [saved, setSaved] = useState(false);
  const update = useUpdatePublication({ onSuccess: () => setSaved(true) });
  const conflict = isStaleVersion(update.error);
  const errors = conflict
    ? [
        {
          field: 'public',
          message: 'Someone else changed these settings. Reload the page to see their changes.',
        },
      ]
    : fieldErrorsFrom(update.error, 'public');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const changes = changedFields(fieldsOf(settings), {
      ...fields,
      licenceUrl: fields.licenceUrl?.trim() || null,
    });
    if (Object.keys(changes).length === 0) setSaved(true);
    else update.mutate({ settings, changes });
  }

  const ticked = [fields.public ? 'public' : null, fields.showLeadNames ? 'showLeadNames' : null].filter(
    (v) => v !== null,
  );
  return (
    <section aria-labelledby="settings">
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" id="settings">
        Settings
      </h2>
      {saved && (
        <p className="govuk-body" role="status">
          Settings saved.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <Checkboxes
          name="public"
          legend="Who can see it"
          options={[
            { value: 'public', label: 'Publish the progress page: anyone can read it, without signing in' },
            {
              value: 'showLeadNames',
              label: 'Show the names of leads',
              hint: 'Otherwise the page shows only each lead’s role and organisation.',
            },
          ]}
          checked={ticked}
          onToggle={(value, on) => setFields({ ...fields, [value]: on })}
          error={errorFor('public') ?? errorFor('showLeadNames')}
        />
        <TextInput
          id="slug"
          label="Address"
          hint="Lower-case letters, digits and hyphens. The page will be at /public/ and this address."
          width="30"
          spellCheck={false}
          value={fields.slug}
          onChange={(event) => setFields({ ...fields, slug: event.target.value })}
          error={errorFor('slug')}
        />
        <TextInput
          id="licenceName"
          label="Licence for the data"
          width="30"
          value={fields.licenceName}
          onChange={(event) => setFields({ ...fields, licenceName: event.target.value })}
          error={errorFor('licenceName')}
        />
        <TextInput
          id="licenceUrl"
          label="Licence’s web address (optional)"
          type="url"
          spellCheck={false}
          value={fields.licenceUrl ?? ''}
          onChange={(event) => setFields({ ...fields, licenceUrl: event.target.value })}
          error={errorFor('licenceUrl')}
        />
        <button type="submit" className="govuk-button" disabled={update.isPending}>
          Save settings
        </button>
      </form>
    </section>
  );
}
