import { z } from 'zod';
import { sessionReplySchema } from './auth';

/** Recovery codes made at once: each works one time, instead of a code from the app. */
export const RECOVERY_CODE_COUNT = 10;
/** Tries at a code per account in 15 minutes before the session asking ends. */
export const CODE_ATTEMPTS = 5;
/** How long a browser may skip the code after the person chose "do not ask again on this browser". */
export const TRUSTED_BROWSER_DAYS = 30;

/** Your own two-step verification, as the account page shows it. */
export const twoStepStatusSchema = z
  .object({
    enabled: z.boolean(),
    enabledAt: z.iso.datetime().nullable(),
    recoveryCodesLeft: z.number().int(),
    /** Partnership managers must have it: they cannot turn it off. */
    required: z.boolean(),
  })
  .meta({ id: 'TwoStepStatus' });
export type TwoStepStatus = z.infer<typeof twoStepStatusSchema>;

/** A new secret to add to an authenticator app, by QR code or typed in; confirmed with a code. */
export const twoStepSetupSchema = z
  .object({
    /** The secret in base32, for typing into the app by hand. */
    secret: z.string(),
    /** The otpauth:// address the QR code holds. */
    otpauthUri: z.string(),
    /** The QR code as an SVG document. */
    qrCodeSvg: z.string(),
  })
  .meta({ id: 'TwoStepSetup' });
export type TwoStepSetup = z.infer<typeof twoStepSetupSchema>;

const codeSchema = z
  .string()
  .trim()
  .min(1, 'Enter the code from your authenticator app')
  .max(40, 'Enter the 6-digit code from your authenticator app, or a recovery code');

/** A code from the authenticator app. */
export const twoStepCodeBodySchema = z.object({ code: codeSchema });
export type TwoStepCodeBody = z.infer<typeof twoStepCodeBodySchema>;

/** Signing in: a code from the app or a recovery code, and whether to skip the code here for a while. */
export const verifyTwoStepBodySchema = z.object({
  code: codeSchema,
  rememberBrowser: z.boolean().default(false),
});
export type VerifyTwoStepBody = z.input<typeof verifyTwoStepBodySchema>;

/** Turning two-step verification off takes the password again. */
export const turnOffTwoStepBodySchema = z.object({
  password: z.string().min(1, 'Enter your password').max(200),
});
export type TurnOffTwoStepBody = z.infer<typeof turnOffTwoStepBodySchema>;

/** Recovery codes, shown once. */
export const recoveryCodesSchema = z
  .object({ recoveryCodes: z.array(z.string()) })
  .meta({ id: 'RecoveryCodes' });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

/** Setting up two-step verification: the recovery codes, shown once, and the session, now complete. */
export const twoStepEnabledSchema = recoveryCodesSchema
  .extend({ session: sessionReplySchema })
  .meta({ id: 'TwoStepEnabled' });
export type TwoStepEnabled = z.infer<typeof twoStepEnabledSchema>;
