import { createRoutesFromElements, Route, useRoutes } from 'react-router';
import { RequireSession } from '../components/require-session';
import { authOptionsQueryOptions } from '../features/auth/api/get-auth-options';
import { RequireRight } from '../features/auth/require-right';
import { prepareDashboard } from '../features/dashboard/prepare-dashboard';
import { myUpdateSheetQueryOptions } from '../features/monthly-round/api/my-update-sheet';
import { updateRequestSheetQueryOptions } from '../features/update-requests/api';
import { paths } from '../lib/paths';
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
const ForgottenPasswordPage = lazyPage(() => import('../features/auth/forgotten-password-page'));
const ResetPasswordPage = lazyPage(() => import('../features/auth/reset-password-page'));
const ChangePasswordPage = lazyPage(() => import('../features/auth/change-password-page'));
const NotificationsPage = lazyPage(() => import('../features/auth/notifications-page'));
const AccessibilityPage = lazyPage(() => import('../features/accessibility/accessibility-page'));
const NotFoundPage = lazyPage(() => import('./not-found-page'));

/** Every client route in one list; the router itself (browser or memory) is the caller's. */
export const appRoutes = createRoutesFromElements(
  <>
    <Route element={<PublicLayout />}>
      <Route path={paths.publicPage.pattern} element={<PublicPageFromServer />} />
    </Route>
    <Route element={<PublicLayout serviceName="ragboard: your monthly update" />}>
      <Route path={paths.updateRequest.pattern} element={<UpdateRequestPage />} />
    </Route>
    <Route element={<Layout />}>
      <Route path={paths.signIn.pattern} element={<SignInPage />} />
      <Route path={paths.twoStepCode.pattern} element={<TwoStepCodePage />} />
      <Route path={paths.setUpTwoStepAtSignIn.pattern} element={<SetUpTwoStepPage duringSignIn />} />
      <Route path={paths.signInProblem.pattern} element={<SignInProblemPage />} />
      <Route path={paths.forgottenPassword.pattern} element={<ForgottenPasswordPage />} />
      <Route path={paths.resetPassword.pattern} element={<ResetPasswordPage />} />
      <Route path={paths.accessibility.pattern} element={<AccessibilityPage />} />
      <Route element={<RequireSession />}>
        <Route index element={<DashboardPage />} />
        <Route path={paths.plans.pattern} element={<PlansPage />} />
        <Route path={paths.plan.pattern} element={<PlanPage />} />
        <Route path={paths.planDashboard.pattern} element={<DashboardPage />} />
        <Route path={paths.changePassword.pattern} element={<ChangePasswordPage />} />
        <Route path={paths.notifications.pattern} element={<NotificationsPage />} />
        <Route path={paths.twoStep.pattern} element={<TwoStepPage />} />
        <Route path={paths.setUpTwoStep.pattern} element={<SetUpTwoStepPage duringSignIn={false} />} />
        <Route path={paths.myActions.pattern} element={<MyActionsPage />} />
        <Route path={paths.updateAll.pattern} element={<UpdateAllPage />} />
        <Route path={paths.updateAction.pattern} element={<UpdateActionPage />} />
        <Route path={paths.action.pattern} element={<ActionPage />} />
        <Route path={paths.planKpis.pattern} element={<KpiScorecardPage />} />
        <Route path={paths.kpi.pattern} element={<KpiPage />} />
        <Route path={paths.planFindings.pattern} element={<FindingsPage />} />
        <Route path={paths.reports.pattern} element={<ReportsRedirectPage />} />
        <Route path={paths.planReports.pattern} element={<ReportsPage />} />
        <Route path={paths.report.pattern} element={<ReportPage />} />
        <Route path={paths.actionPublicSummary.pattern} element={<PublicSummaryPage kind="action" />} />
        <Route path={paths.kpiPublicSummary.pattern} element={<PublicSummaryPage kind="kpi" />} />
        <Route element={<RequireRight right="manage" />}>
          <Route path={paths.accounts.pattern} element={<AccountsPage />} />
          <Route path={paths.newAccount.pattern} element={<NewAccountPage />} />
          <Route path={paths.accountEdit.pattern} element={<EditAccountPage />} />
          <Route path={paths.apiTokens.pattern} element={<ApiTokensPage />} />
          <Route path={paths.planBodies.pattern} element={<BodiesPage />} />
          <Route path={paths.newPlan.pattern} element={<NewPlanPage />} />
          <Route path={paths.importPlan.pattern} element={<ImportPage />} />
          <Route path={paths.planEdit.pattern} element={<EditPlanPage />} />
          <Route path={paths.planArchive.pattern} element={<ArchivePlanPage />} />
          <Route path={paths.planClose.pattern} element={<ClosePlanPage />} />
          <Route path={paths.planNext.pattern} element={<NextPlanPage />} />
          <Route path={paths.newPriority.pattern} element={<PriorityFormPage />} />
          <Route path={paths.priorityEdit.pattern} element={<PriorityFormPage />} />
          <Route path={paths.priorityRemove.pattern} element={<RemovePriorityPage />} />
          <Route path={paths.newOutcome.pattern} element={<OutcomeFormPage />} />
          <Route path={paths.outcomeEdit.pattern} element={<OutcomeFormPage />} />
          <Route path={paths.outcomeRemove.pattern} element={<RemoveOutcomePage />} />
          <Route path={paths.newAction.pattern} element={<NewActionPage />} />
          <Route path={paths.actionEdit.pattern} element={<EditActionPage />} />
          <Route path={paths.actionRemove.pattern} element={<RemoveActionPage />} />
          <Route path={paths.actionNewDate.pattern} element={<NewDatePage />} />
          <Route path={paths.people.pattern} element={<PeoplePage />} />
          <Route path={paths.newPerson.pattern} element={<PersonFormPage />} />
          <Route path={paths.person.pattern} element={<PersonPage />} />
          <Route path={paths.personEdit.pattern} element={<PersonFormPage />} />
          <Route path={paths.personMerge.pattern} element={<MergePersonPage />} />
          <Route path={paths.organisations.pattern} element={<OrganisationsPage />} />
          <Route path={paths.planRound.pattern} element={<RoundPage />} />
          <Route path={paths.kpiEdit.pattern} element={<EditKpiPage />} />
          <Route path={paths.newFinding.pattern} element={<FindingFormPage />} />
          <Route path={paths.findingEdit.pattern} element={<FindingFormPage />} />
          <Route path={paths.newJudgement.pattern} element={<RecordJudgementPage />} />
          <Route path={paths.reportEdit.pattern} element={<EditReportPage />} />
          <Route path={paths.planPublication.pattern} element={<PublicationPage />} />
          <Route path={paths.newGlossaryTerm.pattern} element={<GlossaryTermPage />} />
          <Route path={paths.glossaryTermEdit.pattern} element={<GlossaryTermPage />} />
        </Route>
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </>,
);

export function AppRoutes() {
  return useRoutes(appRoutes);
}
