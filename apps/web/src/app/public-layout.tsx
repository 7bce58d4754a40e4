import { Suspense, useRef } from 'react';
import { Outlet } from 'react-router';
import { Loading } from '../components/loading';
import { Footer, SkipLink } from './layout';

/**
 * Pages for anyone, signed in or not: no account, no menu, and no request for a session, so
 * nobody is sent to sign in.
 */
export function PublicLayout() {
  const main = useRef<HTMLElement>(null);
  return (
    <>
      <SkipLink target={() => main.current} />
      <header className="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__content govuk-!-padding-left-0">
            <span className="govuk-header__service-name">Progress on the plan</span>
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" ref={main} tabIndex={-1}>
          <Suspense fallback={<Loading what="the page" />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <Footer />
    </>
  );
}
