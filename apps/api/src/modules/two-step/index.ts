export { ResetTwoStepError, resetTwoStepByEmail } from './reset-two-step-cli';
export { twoStepRoutes } from './two-step.routes';
export { secondStepAfterPassword } from './two-step.service';
