import { z } from 'zod';
import { passwordSchema } from '../roles';

/** "Forgotten your password?": the address to send a link to. */
export const passwordResetRequestBodySchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address')
    .max(254)
    .pipe(z.email('Enter an email address in the correct format, like name@example.org')),
});
export type PasswordResetRequestBody = z.infer<typeof passwordResetRequestBodySchema>;

/** The same words whether or not an account has the address, so nobody learns who has one. */
export const PASSWORD_RESET_SENT =
  'If an account has this email address, we have sent it a link to reset the password. The link works once, for one hour.';

export const passwordResetRequestReplySchema = z
  .object({ message: z.literal(PASSWORD_RESET_SENT) })
  .meta({ id: 'PasswordResetRequested' });

/** A reset link's token: 32 random bytes, base64url. */
export const passwordResetTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'This is not a link to reset a password');

export const passwordResetCheckBodySchema = z.object({ token: passwordResetTokenSchema });

/** A link that still works: whose password it sets. */
export const passwordResetCheckReplySchema = z
  .object({ email: z.string(), expiresAt: z.iso.datetime() })
  .meta({ id: 'PasswordResetLink' });

export const passwordResetBodySchema = z.object({
  token: passwordResetTokenSchema,
  newPassword: passwordSchema,
});
export type PasswordResetBody = z.infer<typeof passwordResetBodySchema>;

export const PASSWORD_RESET_LINK_GONE =
  'This link to reset your password has expired or has already been used. Ask for a new one.';
