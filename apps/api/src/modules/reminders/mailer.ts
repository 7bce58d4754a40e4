import nodemailer from 'nodemailer';
import type { MailConfig } from '../../config';

export interface Mail {
  to: { name: string; address: string };
  subject: string;
  text: string;
}

export interface Mailer {
  configured: boolean;
  /** Resolves when the server has taken the message; rejects with its refusal. */
  send(mail: Mail): Promise<void>;
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
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    configured: true,
    async send(mail) {
      await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
