import type { Role, SecondStep } from '@ragboard/shared';
import { paths } from './paths';

/** Where a session that has given only its password goes next, to come back to `returnTo`. */
export function secondStepPath(step: SecondStep, returnTo: string): string {
  const page = step === 'verify' ? paths.twoStepCode : paths.setUpTwoStepAtSignIn;
  return page(returnTo === paths.home() ? undefined : returnTo);
}

/**
 * Where signing in lands when no page was asked for: a lead on My actions, their month's work;
 * the manager, board and forum members on the dashboard.
 */
export function landingPage(role: Role): string {
  return role === 'lead' ? paths.myActions() : paths.home();
}
