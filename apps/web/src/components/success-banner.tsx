import { type ReactNode, useEffect, useRef } from 'react';

interface BannerProps {
  /** Prefix of the banner's title id, unique on the page. */
  id: string;
  heading: ReactNode;
  children: ReactNode;
}

/** The GOV.UK notification banner's markup, as a success or as important information. */
function NotificationBanner({ id, heading, children, success }: BannerProps & { success: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (success) ref.current?.focus();
  }, [success]);
  const content = (
    <>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={`${id}-title`}>
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <h3 className="govuk-notification-banner__heading">{heading}</h3>
        {children}
      </div>
    </>
  );
  return success ? (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={`${id}-title`}
      ref={ref}
      tabIndex={-1}
    >
      {content}
    </div>
  ) : (
    <section className="govuk-notification-banner" aria-labelledby={`${id}-title`}>
      {content}
    </section>
  );
}

/** GOV.UK success notification banner; it takes focus when it appears, so it is announced. */
export function SuccessBanner(props: BannerProps) {
  return <NotificationBanner {...props} success />;
}

/** GOV.UK "Important" notification banner: something the person should know before going on. */
export function ImportantBanner(props: BannerProps) {
  return <NotificationBanner {...props} success={false} />;
}
