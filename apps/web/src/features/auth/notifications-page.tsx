import { NOTIFICATION_KIND_WORDS, NOTIFICATION_KINDS, type NotificationKind } from '@ragboard/shared';
import { useState } from 'react';
import { Checkboxes } from '../../components/form/checkboxes';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { FormPage } from '../../components/form/form-page';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { SuccessBanner } from '../../components/success-banner';
import { useNotificationPreferences, useSaveNotificationPreferences } from './api/notification-preferences';

const TITLE = 'Email notifications';
const OPTIONS = NOTIFICATION_KINDS.map((kind) => ({ value: kind, ...NOTIFICATION_KIND_WORDS[kind] }));

function PreferencesForm({ initial }: { initial: readonly NotificationKind[] }) {
  const [enabled, setEnabled] = useState<NotificationKind[]>([...initial]);
  const [saved, setSaved] = useState(false);
  const save = useSaveNotificationPreferences({ onSuccess: () => setSaved(true) });
  return (
    <>
      {saved && (
        <SuccessBanner id="notifications-saved" heading="Your email choices have been saved">
          <p className="govuk-body">They apply from your next daily email.</p>
        </SuccessBanner>
      )}
      <FormPage
        title={TITLE}
        back={{ to: '/', label: 'Back to the dashboard' }}
        errors={fieldErrorsFrom(save.error, 'enabled')}
        submitLabel="Save choices"
        pending={save.isPending}
        onSubmit={() => {
          setSaved(false);
          save.mutate({ enabled });
        }}
      >
        <p className="govuk-body">
          ragboard sends you at most one email a day, gathering what happened that concerns you. Untick what
          you do not want to hear of; untick everything to get no email.
        </p>
        <Checkboxes
          name="enabled"
          legend="Email me when"
          hint="Select all that apply."
          options={OPTIONS}
          checked={enabled}
          onToggle={(kind, on) =>
            setEnabled((now) => (on ? [...now, kind as NotificationKind] : now.filter((k) => k !== kind)))
          }
        />
      </FormPage>
    </>
  );
}

/** The signed-in user's choice of what their daily email tells them, a checkbox per kind. */
export default function NotificationsPage() {
  const preferences = useNotificationPreferences();
  if (preferences.isPending) return <Loading what="your email choices" />;
  if (preferences.isError) return <QueryError title={TITLE} error={preferences.error} />;
  return <PreferencesForm initial={preferences.data.enabled} />;
}
