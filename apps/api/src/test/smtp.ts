import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  /** The message as sent, quoted-printable undone so its text can be read. */
  raw: string;
}

/**
 * A real SMTP server on a free local port that keeps what it receives. `refuse` holds the reply
 * codes to give the next recipients, first to last (a 4xx: try later; a 5xx: never).
 */
export async function startSmtpCapture() {
  const received: ReceivedMail[] = [];
  const refuse: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      const code = refuse.shift();
      callback(code ? Object.assign(new Error(`Refused with ${code}`), { responseCode: code }) : undefined);
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString();
      });
      stream.on('end', () => {
        const text = raw
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: text });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    refuse,
    /** Forgets what was received and any refusals still to give. */
    reset() {
      received.length = 0;
      refuse.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
