import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireSession } from '../components/require-session';
import { RequireRole } from '../features/auth/require-role';
import { Layout } from './layout';
import { PublicLayout } from './public-layout';

const DashboardPage = lazy(() => import('../features/dashboard/dashboard-page'));
const PlansPage = lazy(() => import('../features/plans/plans-page'));
const PlanPage = lazy(() => import('../features/plans/plan-page'));
const NewPlanPage = lazy(() => import('../features/plans/new-plan-page'));
const EditPlanPage = lazy(() => import('../features/plans/edit-plan-page'));
const ImportPage = lazy(() => import('../features/imports/import-page'));
const PeoplePage = lazy(() => import('../features/people/people-page'));
const PersonPage = lazy(() => import('../features/people/person-page'));
const PersonFormPage = lazy(() => import('../features/people/person-form-page'));
const MergePersonPage = lazy(() => import('../features/people/merge-person-page'));
const OrganisationsPage = lazy(() => import('../features/organisations/organisations-page'));
const PriorityFormPage = lazy(() => import('../features/priorities/priority-form-page'));
const RemovePriorityPage = lazy(() => import('../features/priorities/remove-priority-page'));
const ArchivePlanPage = lazy(() => import('../features/plans/archive-plan-page'));
const ClosePlanPage = lazy(() => import('../features/plans/close-plan-page'));
const NextPlanPage = lazy(() => import('../features/plans/next-plan-page'));
const OutcomeFormPage = lazy(() => import('../features/outcomes/outcome-form-page'));
const RemoveOutcomePage = lazy(() => import('../features/outcomes/remove-outcome-page'));
const ActionPage = lazy(() => import('../features/actions/action-page'));
const NewActionPage = lazy(() => import('../features/actions/new-action-page'));
const EditActionPage = lazy(() => import('../features/actions/edit-action-page'));
const RemoveActionPage = lazy(() => import('../features/actions/remove-action-page'));
const NewDatePage = lazy(() => import('../features/actions/new-date-page'));
const MyActionsPage = lazy(() => import('../features/monthly-round/my-actions-page'));
const UpdateActionPage = lazy(() => import('../features/monthly-round/update-action-page'));
const UpdateAllPage = lazy(() => import('../features/monthly-round/update-all-page'));
const UpdateRequestPage = lazy(() => import('../features/update-requests/update-request-page'));
const RoundPage = lazy(() => import('../features/monthly-round/round-page'));
const KpiScorecardPage = lazy(() => import('../features/kpis/kpi-scorecard-page'));
const KpiPage = lazy(() => import('../features/kpis/kpi-page'));
const EditKpiPage = lazy(() => import('../features/kpis/edit-kpi-page'));
const FindingsPage = lazy(() => import('../features/findings/findings-page'));
const FindingFormPage = lazy(() => import('../features/findings/finding-form-page'));
const RecordJudgementPage = lazy(() => import('../features/findings/record-judgement-page'));
const ReportsRedirectPage = lazy(() => import('../features/reports/reports-redirect-page'));
const BodiesPage = lazy(() => import('../features/reports/bodies-page'));
const ReportsPage = lazy(() => import('../features/reports/reports-page'));
const ReportPage = lazy(() => import('../features/reports/report-page'));
const EditReportPage = lazy(() => import('../features/reports/edit-report-page'));
const AccountsPage = lazy(() => import('../features/accounts/accounts-page'));
const NewAccountPage = lazy(() => import('../features/accounts/new-account-page'));
const EditAccountPage = lazy(() => import('../features/accounts/edit-account-page'));
const ApiTokensPage = lazy(() => import('../features/accounts/api-tokens-page'));
const PublicationPage = lazy(() => import('../features/publication/publication-page'));
const GlossaryTermPage = lazy(() => import('../features/publication/glossary-term-page'));
const PublicSummaryPage = lazy(() => import('../features/publication/public-summary-page'));
const PublicPageFromServer = lazy(() => import('../features/public-page/public-page-from-server'));
const SignInPage = lazy(() => import('../features/auth/sign-in-page'));
const TwoStepCodePage = lazy(() => import('../features/auth/two-step-code-page'));
const SetUpTwoStepPage = lazy(() => import('../features/auth/set-up-two-step-page'));
const TwoStepPage = lazy(() => import('../features/auth/two-step-page'));
const SignInProblemPage = lazy(() => import('../features/auth/sign-in-problem-page'));
const ChangePasswordPage = lazy(() => import('../features/auth/change-password-page'));
const AccessibilityPage = lazy(() => import('../features/accessibility/accessibility-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));

/** Every client route in one list; the router itself (browser or memory) is the caller's. */
export function AppRoutes() {
  return (
    <Routes>
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
            <Route
              path="plans/:planId/findings/:findingId/judgements/new"
              element={<RecordJudgementPage />}
            />
            <Route path="reports/:reportId/edit" element={<EditReportPage />} />
            <Route path="plans/:planId/publication" element={<PublicationPage />} />
            <Route path="plans/:planId/publication/glossary/new" element={<GlossaryTermPage />} />
            <Route path="plans/:planId/publication/glossary/:termId/edit" element={<GlossaryTermPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
