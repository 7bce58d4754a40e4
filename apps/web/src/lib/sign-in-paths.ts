import type { SecondStep } from '@ragboard/shared';

/** Where a session that has given only its password goes next, to come back to `returnTo`. */
export function secondStepPath(step: SecondStep, returnTo: string): string {
  const page = step === 'verify' ? '/sign-in/two-step' : '/sign-in/set-up-two-step';
  return returnTo === '/' ? page : `${page}?returnTo=${encodeURIComponent(returnTo)}`;
}
