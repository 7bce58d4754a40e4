import type { SecondStep } from '@ragboard/shared';
import { paths } from './paths';

/** Where a session that has given only its password goes next, to come back to `returnTo`. */
export function secondStepPath(step: SecondStep, returnTo: string): string {
  const page = step === 'verify' ? paths.twoStepCode : paths.setUpTwoStepAtSignIn;
  return page(returnTo === paths.home() ? undefined : returnTo);
}
