import { type ReactNode, useEffect, useRef } from 'react';

interface SuccessBannerProps {
  /** Prefix of the banner's title id, unique on the page. */
  id: string;
  heading: ReactNode;
  children: ReactNode;
}

/** GOV.UK success notification banner; it takes focus when it appears, so it is announced. */
export function SuccessBanner({ id, heading, children }: SuccessBannerProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={`${id}-title`}
      ref={ref}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={`${id}-title`}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <h3 className="govuk-notification-banner__heading">{heading}</h3>
        {children}
      </div>
    </div>
  );
}
