import type { AccountRights } from '@ragboard/shared';
import type { QueryClient } from '@tanstack/react-query';
import { type MouseEvent, type ReactNode, Suspense, useRef } from 'react';
import { Link, matchPath, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/loading';
import { HeaderAccount } from '../features/auth/components/header-account';
import { DemoBanner } from '../features/site/components/demo-banner';
import { paths } from '../lib/paths';
import { sessionQueryOptions, useSession } from '../lib/queries/get-session';
import { siteQueryOptions } from '../lib/queries/get-site';
import { rightsOf } from '../lib/use-rights';

function SkipLink({ target }: { target: () => HTMLElement | null }) {
  // Handled here rather than by the hash: a hash change would be a navigation in the router.
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const main = target();
    if (!main) return;
    main.classList.add('govuk-skip-link-focused-element');
    main.addEventListener('blur', () => main.classList.remove('govuk-skip-link-focused-element'), {
      once: true,
    });
    main.focus();
  }
  return (
    // biome-ignore lint/a11y/useValidAnchor: the GOV.UK skip link is a link, and works as one without script
    <a href="#main-content" className="govuk-skip-link" onClick={skip}>
      Skip to main content
    </a>
  );
}

function Header() {
  return (
    <header className="govuk-header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__content govuk-!-padding-left-0">
          <Link to={paths.home()} className="govuk-header__link govuk-header__service-name">
            ragboard
          </Link>
        </div>
        <HeaderAccount />
      </div>
    </header>
  );
}

interface NavigationItem {
  to: string;
  label: string;
  /** Shown only to accounts with this right; everyone signed in otherwise. */
  needs?: keyof AccountRights;
  /** Shown only to accounts linked to a person in the plan. */
  forPeople?: boolean;
  isCurrent: (pathname: string) => boolean;
}

/** Whether `pathname` is the page of `pattern` or one below it. */
const within = (pattern: string) => (pathname: string) =>
  matchPath({ path: pattern, end: false }, pathname) !== null;
const isDashboard = (pathname: string) => matchPath(paths.planDashboard.pattern, pathname) !== null;
const isReports = (p: string) => within(paths.reports.pattern)(p) || within(paths.planReports.pattern)(p);

const NAVIGATION: NavigationItem[] = [
  { to: paths.home(), label: 'Dashboard', isCurrent: (p) => p === paths.home() || isDashboard(p) },
  {
    to: paths.plans(),
    label: 'Plans',
    isCurrent: (p) => within(paths.plans.pattern)(p) && !isDashboard(p) && !isReports(p),
  },
  { to: paths.reports(), label: 'Reports', isCurrent: isReports },
  { to: paths.myActions(), label: 'My actions', forPeople: true, isCurrent: within(paths.myActions.pattern) },
  {
    to: paths.people(),
    label: 'People',
    needs: 'manage',
    isCurrent: (p) => within(paths.people.pattern)(p) || within(paths.organisations.pattern)(p),
  },
  { to: paths.accounts(), label: 'Accounts', needs: 'manage', isCurrent: within(paths.accounts.pattern) },
];

function ServiceNavigation() {
  const { pathname } = useLocation();
  const session = useSession().data;
  // Nothing to go to until the second step of signing in is done.
  const user = session && !session.secondStep ? session.user : null;
  const rights = rightsOf(user);
  const items = user
    ? NAVIGATION.filter((item) => (!item.needs || rights[item.needs]) && (!item.forPeople || user.personId))
    : [];
  return (
    <div className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          {items.length > 0 && (
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">
                {items.map((item) => {
                  const active = item.isCurrent(pathname);
                  const exact = pathname === item.to;
                  return (
                    <li
                      key={item.to}
                      className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <Link
                        to={item.to}
                        className="govuk-service-navigation__link"
                        aria-current={active ? (exact ? 'page' : 'true') : undefined}
                      >
                        {active ? (
                          <strong className="govuk-service-navigation__active-fallback">{item.label}</strong>
                        ) : (
                          item.label
                        )}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}
        </div>
      </div>
    </div>
  );
}

function Footer() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to={paths.accessibility()}>
                  Accessibility statement
                </Link>
              </li>
            </ul>
            <p className="govuk-body-s">ragboard: the partnership's improvement plan, month by month.</p>
          </div>
        </div>
      </div>
    </footer>
  );
}

/** Every page's frame: the skip link, the given header, the page itself and the footer. */
export function PageFrame({ header }: { header: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  return (
    <>
      <SkipLink target={() => main.current} />
      {header}
      <DemoBanner />
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

/**
 * The signed-in service: the header with the account, and the menu. Made ready with the site's
 * facts and the session, so the banner and the menu are in its first paint (decision 043).
 */
export function Layout() {
  return (
    <PageFrame
      header={
        <>
          <Header />
          <ServiceNavigation />
        </>
      }
    />
  );
}

Layout.prepare = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.prefetchQuery(siteQueryOptions()),
    queryClient.prefetchQuery(sessionQueryOptions()),
  ]);
