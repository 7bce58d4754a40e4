import { z } from 'zod';
import { passwordSchema, roleSchema } from '../roles';
import { idSchema } from './common';

export const emailSchema = z
  .email('Enter an email address in the correct format, like name@example.org')
  .max(254);

export const sessionUserSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    displayName: z.string(),
    role: roleSchema,
    personId: idSchema.nullable(),
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginBodySchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(254),
  password: z.string().min(1, 'Enter your password').max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/**
 * What a session still lacks after the password: `verify`, a code from the authenticator app (or
 * a recovery code); `enrol`, setting up two-step verification, which partnership managers must
 * have. Until then the session opens only the two-step routes, `me` and sign-out.
 */
export const SECOND_STEPS = ['verify', 'enrol'] as const;
export const secondStepSchema = z.enum(SECOND_STEPS);
export type SecondStep = z.infer<typeof secondStepSchema>;

/** The signed-in user and the token every state-changing request must echo in X-CSRF-Token. */
export const sessionReplySchema = z
  .object({ user: sessionUserSchema, csrfToken: z.string(), secondStep: secondStepSchema.nullable() })
  .meta({ id: 'Session' });
export type SessionReply = z.infer<typeof sessionReplySchema>;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

export const CSRF_HEADER = 'x-csrf-token';

/** How this installation lets people sign in: by password, by the organisation's provider, or both. */
export const authOptionsSchema = z
  .object({
    password: z.boolean(),
    oidc: z.object({ label: z.string() }).nullable(),
  })
  .meta({ id: 'AuthOptions' });
export type AuthOptions = z.infer<typeof authOptionsSchema>;

/** Why a sign-in through the organisation's provider did not work: `/sign-in/problem?reason=`. */
export const oidcProblemSchema = z.enum([
  'cancelled',
  'provider-error',
  'unreachable',
  'expired',
  'failed',
  'no-email',
  'unverified-email',
  'domain',
  'unknown-email',
  'disabled',
]);
export type OidcProblem = z.infer<typeof oidcProblemSchema>;

/**
 * Only a path on this site: starting with one '/', never '//' or '/\' (which browsers read as
 * another host), so nobody is sent on to another site after signing in.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return [...value].some((c) => c < ' ' || c === '\x7f') ? '/' : value;
}
