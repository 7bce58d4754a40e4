import type { Transporter } from 'nodemailer';
import type { MailConfig } from '../../config';

export interface Mail {
  to: { name: string; address: string };
  cc?: { name: string; address: string }[];
  subject: string;
  text: string;
}

export interface Mailer {
  configured: boolean;
  /** Resolves when the server has taken the message; rejects with its refusal. */
  send(mail: Mail): Promise<void>;
}

/**
 * A refusal that trying again will not change: the server answered with a permanent (5xx) reply,
 * such as "mailbox unavailable". Anything else (a 4xx, a connection that failed) is retried.
 */
export function isPermanentRefusal(error: unknown): boolean {
  const code = Number((error as { responseCode?: unknown } | null)?.responseCode);
  return Number.isInteger(code) && code >= 500 && code < 600;
}

/** SMTP through nodemailer; without an SMTP URL nothing is sent (the outbox keeps the message). */
export function createMailer(config: Pick<MailConfig, 'smtpUrl' | 'from'>): Mailer {
  if (!config.smtpUrl) {
    return {
      configured: false,
      send: async () => {
        throw new Error('No mail server is configured (SMTP_URL)');
      },
    };
  }
  const smtpUrl = config.smtpUrl;
  // nodemailer is loaded with the first message, so a server that sends none never holds it.
  let transport: Promise<Transporter> | undefined;
  return {
    configured: true,
    async send(mail) {
      transport ??= import('nodemailer').then((m) => m.default.createTransport(smtpUrl));
      await (await transport).sendMail({
        from: config.from,
        to: mail.to,
        cc: mail.cc?.length ? mail.cc : undefined,
        subject: mail.subject,
        text: mail.text,
      });
    },
  };
}
