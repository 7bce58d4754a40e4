import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireRole } from '../features/auth/require-role';
import { RequireSession } from '../features/auth/require-session';
import { Layout } from './layout';

const PlansPage = lazy(() => import('../features/plans/plans-page'));
const PlanPage = lazy(() => import('../features/plans/plan-page'));
const MyActionsPage = lazy(() => import('../features/monthly-round/my-actions-page'));
const UpdateActionPage = lazy(() => import('../features/monthly-round/update-action-page'));
const RoundPage = lazy(() => import('../features/monthly-round/round-page'));
const AccountsPage = lazy(() => import('../features/accounts/accounts-page'));
const NewAccountPage = lazy(() => import('../features/accounts/new-account-page'));
const SignInPage = lazy(() => import('../features/auth/sign-in-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));

/** Every client route in one list; the router itself (browser or memory) is the caller's. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<PlansPage />} />
          <Route path="plans" element={<PlansPage />} />
          <Route path="plans/:planId" element={<PlanPage />} />
          <Route path="my-actions" element={<MyActionsPage />} />
          <Route path="my-actions/:actionId/update" element={<UpdateActionPage />} />
          <Route element={<RequireRole roles={['manager']} />}>
            <Route path="accounts" element={<AccountsPage />} />
            <Route path="accounts/new" element={<NewAccountPage />} />
            <Route path="plans/:planId/round" element={<RoundPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
