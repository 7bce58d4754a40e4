import type { SecondStep } from '@ragboard/shared';

/** Only paths inside the app: never send someone on to another site after signing in. */
export function safeReturnTo(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/** Where a session that has given only its password goes next, to come back to `returnTo`. */
export function secondStepPath(step: SecondStep, returnTo: string): string {
  const page = step === 'verify' ? '/sign-in/two-step' : '/sign-in/set-up-two-step';
  return returnTo === '/' ? page : `${page}?returnTo=${encodeURIComponent(returnTo)}`;
}
