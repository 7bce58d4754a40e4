import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { ValidationError } from '../../plugins/errors';

/**
 * zxcvbn's score (0 to 4) a new password needs: 3 is "safely unguessable" to an attacker trying
 * about 10^8 guesses offline. Long passphrases of unrelated words pass; common passwords, keyboard
 * runs, repeats and the account's own name or email do not.
 */
const MIN_SCORE = 3;

/** Loaded on the first password set, not at start-up: the dictionaries hold a few MB. */
let checker: Promise<ZxcvbnFactory> | undefined;

function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      translations: {
        ...english.translations,
        warnings: {
          ...english.translations.warnings,
          userInputs: 'Do not use your name, your email address or the name of this service.',
        },
      },
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
    });
  })();
  return checker;
}

/** What the person setting it might reuse: their email, its parts, their name and the app's. */
function guessesFrom(about: { email?: string | null; displayName?: string | null }): string[] {
  const email = about.email?.trim().toLowerCase() ?? '';
  const words = [email, ...email.split(/[@.+_-]/), ...(about.displayName ?? '').split(/\s+/)];
  return [...new Set([...words.filter((w) => w.length >= 3), 'ragboard', 'send', 'partnership'])];
}

/**
 * Why a new password is refused, in words for the person choosing it, or null when it will do.
 * Used wherever a password is set: account creation, a manager's reset and a change.
 */
export async function passwordProblem(
  password: string,
  about: { email?: string | null; displayName?: string | null },
): Promise<string | null> {
  const result = (await loadChecker()).check(password, guessesFrom(about));
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning ? `${result.feedback.warning.replace(/\.?$/, '.')} ` : '';
  return `${warning}Choose a password that is harder to guess, such as three or four unrelated words`;
}

export const SAME_PASSWORD = 'The new password must not be the same as the current one';

/** A common, short-lived or personal password is refused where it is set, on its field. */
export async function refuseWeakPassword(
  password: string,
  about: { email?: string | null; displayName?: string | null },
  path: string,
): Promise<void> {
  const problem = await passwordProblem(password, about);
  if (problem) throw new ValidationError(problem, [{ path, message: problem }]);
}
