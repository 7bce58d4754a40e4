import {
  NOTIFICATION_KIND_WORDS,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreferences,
  notificationPreferencesSchema,
} from '@ragboard/shared';
import { useState } from 'react';
import { Checkboxes } from '../../components/form/checkboxes';
import { fieldErrorsFrom } from '../../components/form/field-errors';
import { FormPage } from '../../components/form/form-page';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { SuccessBanner } from '../../components/success-banner';
import { currentOf } from '../../lib/stale-version';
import { useNotificationPreferences, useSaveNotificationPreferences } from './api/notification-preferences';

const TITLE = 'Email notifications';
const OPTIONS = NOTIFICATION_KINDS.map((kind) => ({ value: kind, ...NOTIFICATION_KIND_WORDS[kind] }));

const CHANGED_MEANWHILE =
  'Your choices were changed somewhere else while this page was open. They are shown as saved now: choose again and save.';

function PreferencesForm({ initial }: { initial: NotificationPreferences }) {
  const [enabled, setEnabled] = useState<NotificationKind[]>([...initial.enabled]);
  /** The version of the choice the boxes started from: saving names it (409 if it changed since). */
  const [version, setVersion] = useState(initial.version);
  const [saved, setSaved] = useState(false);
  const [changed, setChanged] = useState(false);
  const save = useSaveNotificationPreferences({
    onSuccess: (now) => {
      setVersion(now.version);
      setSaved(true);
    },
  });
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
        errors={
          changed
            ? [{ field: 'enabled', message: CHANGED_MEANWHILE }]
            : fieldErrorsFrom(save.error, 'enabled')
        }
        submitLabel="Save choices"
        pending={save.isPending}
        onSubmit={() => {
          setSaved(false);
          setChanged(false);
          save.mutate(
            { enabled, version },
            {
              onError: (error) => {
                const now = currentOf(error, notificationPreferencesSchema);
                if (!now) return;
                setEnabled([...now.enabled]);
                setVersion(now.version);
                setChanged(true);
              },
            },
          );
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
  return <PreferencesForm initial={preferences.data} />;
}
