import { createRoutesFromElements, Route, useRoutes } from 'react-router';
import { RequireSession } from '../components/require-session';
import { authOptionsQueryOptions } from '../features/auth/api/get-auth-options';
import { RequireRole } from '../features/auth/require-role';
import { prepareDashboard } from '../features/dashboard/prepare-dashboard';
import { myUpdateSheetQueryOptions } from '../features/monthly-round/api/my-update-sheet';
import { updateRequestSheetQueryOptions } from '../features/update-requests/api';
import { Layout } from './layout';
import { lazyPage } from './lazy-page';
import { PublicLayout } from './public-layout';

// Each page is its own chunk. The pages people most often open first also say what their first
// paint needs, fetched with their chunk (decision 043): sign-in, the dashboard, a lead's month.

const DashboardPage = lazyPage(() => import('../features/dashboard/dashboard-page'), prepareDashboard);
const PlansPage = lazyPage(() => import('../features/plans/plans-page'));
const PlanPage = lazyPage(() => import('../features/plans/plan-page'));
const NewPlanPage = lazyPage(() => import('../features/plans/new-plan-page'));
const EditPlanPage = lazyPage(() => import('../features/plans/edit-plan-page'));
const ImportPage = lazyPage(() => import('../features/imports/import-page'));
const PeoplePage = lazyPage(() => import('../features/people/people-page'));
const PersonPage = lazyPage(() => import('../features/people/person-page'));
const PersonFormPage = lazyPage(() => import('../features/people/person-form-page'));
const MergePersonPage = lazyPage(() => import('../features/people/merge-person-page'));
const OrganisationsPage = lazyPage(() => import('../features/organisations/organisations-page'));
const PriorityFormPage = lazyPage(() => import('../features/priorities/priority-form-page'));
const RemovePriorityPage = lazyPage(() => import('../features/priorities/remove-priority-page'));
const ArchivePlanPage = lazyPage(() => import('../features/plans/archive-plan-page'));
const ClosePlanPage = lazyPage(() => import('../features/plans/close-plan-page'));
const NextPlanPage = lazyPage(() => import('../features/plans/next-plan-page'));
const OutcomeFormPage = lazyPage(() => import('../features/outcomes/outcome-form-page'));
const RemoveOutcomePage = lazyPage(() => import('../features/outcomes/remove-outcome-page'));
const ActionPage = lazyPage(() => import('../features/actions/action-page'));
const NewActionPage = lazyPage(() => import('../features/actions/new-action-page'));
const EditActionPage = lazyPage(() => import('../features/actions/edit-action-page'));
const RemoveActionPage = lazyPage(() => import('../features/actions/remove-action-page'));
const NewDatePage = lazyPage(() => import('../features/actions/new-date-page'));
const MyActionsPage = lazyPage(() => import('../features/monthly-round/my-actions-page'));
const UpdateActionPage = lazyPage(() => import('../features/monthly-round/update-action-page'));
const UpdateAllPage = lazyPage(
  () => import('../features/monthly-round/update-all-page'),
  (queryClient) => queryClient.prefetchQuery(myUpdateSheetQueryOptions()),
);
const UpdateRequestPage = lazyPage(
  () => import('../features/update-requests/update-request-page'),
  (queryClient, { token = '' }) => queryClient.prefetchQuery(updateRequestSheetQueryOptions(token)),
);
const RoundPage = lazyPage(() => import('../features/monthly-round/round-page'));
const KpiScorecardPage = lazyPage(() => import('../features/kpis/kpi-scorecard-page'));
const KpiPage = lazyPage(() => import('../features/kpis/kpi-page'));
const EditKpiPage = lazyPage(() => import('../features/kpis/edit-kpi-page'));
const FindingsPage = lazyPage(() => import('../features/findings/findings-page'));
const FindingFormPage = lazyPage(() => import('../features/findings/finding-form-page'));
const RecordJudgementPage = lazyPage(() => import('../features/findings/record-judgement-page'));
const ReportsRedirectPage = lazyPage(() => import('../features/reports/reports-redirect-page'));
const BodiesPage = lazyPage(() => import('../features/reports/bodies-page'));
const ReportsPage = lazyPage(() => import('../features/reports/reports-page'));
const ReportPage = lazyPage(() => import('../features/reports/report-page'));
const EditReportPage = lazyPage(() => import('../features/reports/edit-report-page'));
const AccountsPage = lazyPage(() => import('../features/accounts/accounts-page'));
const NewAccountPage = lazyPage(() => import('../features/accounts/new-account-page'));
const EditAccountPage = lazyPage(() => import('../features/accounts/edit-account-page'));
const ApiTokensPage = lazyPage(() => import('../features/accounts/api-tokens-page'));
const PublicationPage = lazyPage(() => import('../features/publication/publication-page'));
const GlossaryTermPage = lazyPage(() => import('../features/publication/glossary-term-page'));
const PublicSummaryPage = lazyPage(() => import('../features/publication/public-summary-page'));
const PublicPageFromServer = lazyPage(() => import('../features/public-page/public-page-from-server'));
const SignInPage = lazyPage(
  () => import('../features/auth/sign-in-page'),
  (queryClient) => queryClient.prefetchQuery(authOptionsQueryOptions()),
);
const TwoStepCodePage = lazyPage(() => import('../features/auth/two-step-code-page'));
const SetUpTwoStepPage = lazyPage(() => import('../features/auth/set-up-two-step-page'));
const TwoStepPage = lazyPage(() => import('../features/auth/two-step-page'));
const SignInProblemPage = lazyPage(() => import('../features/auth/sign-in-problem-page'));
const ChangePasswordPage = lazyPage(() => import('../features/auth/change-password-page'));
const AccessibilityPage = lazyPage(() => import('../features/accessibility/accessibility-page'));
const NotFoundPage = lazyPage(() => import('./not-found-page'));

/** Every client route in one list; the router itself (browser or memory) is the caller's. */
export const appRoutes = createRoutesFromElements(
  <>
    <Route element={<PublicLayout />}>
      <Route path="public/:planSlug" element={<PublicPageFromServer />} />
    </Route>
    <Route element={<PublicLayout serviceName="ragboard: your monthly update" />}>
      <Route path="update/:token" element={<UpdateRequestPage />} />
    </Route>
    <Route element={<Layout />}>
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="sign-in/two-step" element={<TwoStepCodePage />} />
      <Route path="sign-in/set-up-two-step" element={<SetUpTwoStepPage duringSignIn />} />
      <Route path="sign-in/problem" element={<SignInProblemPage />} />
      <Route path="accessibility" element={<AccessibilityPage />} />
      <Route element={<RequireSession />}>
        <Route index element={<DashboardPage />} />
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/:planId" element={<PlanPage />} />
        <Route path="plans/:planId/dashboard" element={<DashboardPage />} />
        <Route path="account/password" element={<ChangePasswordPage />} />
        <Route path="account/two-step" element={<TwoStepPage />} />
        <Route path="account/two-step/set-up" element={<SetUpTwoStepPage duringSignIn={false} />} />
        <Route path="my-actions" element={<MyActionsPage />} />
        <Route path="my-actions/update-all" element={<UpdateAllPage />} />
        <Route path="my-actions/:actionId/update" element={<UpdateActionPage />} />
        <Route path="actions/:actionId" element={<ActionPage />} />
        <Route path="plans/:planId/kpis" element={<KpiScorecardPage />} />
        <Route path="kpis/:kpiId" element={<KpiPage />} />
        <Route path="plans/:planId/findings" element={<FindingsPage />} />
        <Route path="reports" element={<ReportsRedirectPage />} />
        <Route path="plans/:planId/reports" element={<ReportsPage />} />
        <Route path="reports/:reportId" element={<ReportPage />} />
        <Route path="actions/:itemId/public-summary" element={<PublicSummaryPage kind="action" />} />
        <Route path="kpis/:itemId/public-summary" element={<PublicSummaryPage kind="kpi" />} />
        <Route element={<RequireRole roles={['manager']} />}>
          <Route path="accounts" element={<AccountsPage />} />
          <Route path="accounts/new" element={<NewAccountPage />} />
          <Route path="accounts/:userId/edit" element={<EditAccountPage />} />
          <Route path="accounts/api-tokens" element={<ApiTokensPage />} />
          <Route path="plans/:planId/bodies" element={<BodiesPage />} />
          <Route path="plans/new" element={<NewPlanPage />} />
          <Route path="plans/import" element={<ImportPage />} />
          <Route path="plans/:planId/edit" element={<EditPlanPage />} />
          <Route path="plans/:planId/archive" element={<ArchivePlanPage />} />
          <Route path="plans/:planId/close" element={<ClosePlanPage />} />
          <Route path="plans/:planId/next" element={<NextPlanPage />} />
          <Route path="plans/:planId/priorities/new" element={<PriorityFormPage />} />
          <Route path="plans/:planId/priorities/:priorityId/edit" element={<PriorityFormPage />} />
          <Route path="plans/:planId/priorities/:priorityId/remove" element={<RemovePriorityPage />} />
          <Route path="plans/:planId/priorities/:priorityId/outcomes/new" element={<OutcomeFormPage />} />
          <Route path="plans/:planId/outcomes/:outcomeId/edit" element={<OutcomeFormPage />} />
          <Route path="plans/:planId/outcomes/:outcomeId/remove" element={<RemoveOutcomePage />} />
          <Route path="plans/:planId/outcomes/:outcomeId/actions/new" element={<NewActionPage />} />
          <Route path="actions/:actionId/edit" element={<EditActionPage />} />
          <Route path="actions/:actionId/remove" element={<RemoveActionPage />} />
          <Route path="actions/:actionId/new-date" element={<NewDatePage />} />
          <Route path="people" element={<PeoplePage />} />
          <Route path="people/new" element={<PersonFormPage />} />
          <Route path="people/:personId" element={<PersonPage />} />
          <Route path="people/:personId/edit" element={<PersonFormPage />} />
          <Route path="people/:personId/merge" element={<MergePersonPage />} />
          <Route path="organisations" element={<OrganisationsPage />} />
          <Route path="plans/:planId/round" element={<RoundPage />} />
          <Route path="kpis/:kpiId/edit" element={<EditKpiPage />} />
          <Route path="plans/:planId/findings/new" element={<FindingFormPage />} />
          <Route path="plans/:planId/findings/:findingId/edit" element={<FindingFormPage />} />
          <Route path="plans/:planId/findings/:findingId/judgements/new" element={<RecordJudgementPage />} />
          <Route path="reports/:reportId/edit" element={<EditReportPage />} />
          <Route path="plans/:planId/publication" element={<PublicationPage />} />
          <Route path="plans/:planId/publication/glossary/new" element={<GlossaryTermPage />} />
          <Route path="plans/:planId/publication/glossary/:termId/edit" element={<GlossaryTermPage />} />
        </Route>
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </>,
);

export function AppRoutes() {
  return useRoutes(appRoutes);
}
