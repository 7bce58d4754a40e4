import { ATTACHMENT_MAX_BYTES, formatFileSize } from '@ragboard/shared';
import type { FastifyRequest } from 'fastify';
import { AppError, ValidationError } from '../../plugins/errors';
import { refuseUnstorableText } from '../../plugins/text-input';
import type { IncomingFile } from './attachments.service';

/**
 * What @fastify/multipart is told: the file's size, and one part at most, so that anything after
 * the file is an error the reader below sees once the file is read (a field or a second file), and
 * nothing before it is ever cut short by a limit while the file streams.
 */
export const UPLOAD_LIMITS = { fileSize: ATTACHMENT_MAX_BYTES, parts: 1 };

const tooBig = () =>
  new AppError(
    413,
    'payload_too_large',
    `Files of up to ${formatFileSize(ATTACHMENT_MAX_BYTES)} can be attached`,
  );
const malformed = () =>
  new AppError(400, 'bad_request', 'The upload is not valid multipart/form-data: it must end after the file');
const refused = (message: string) => new ValidationError(message, [{ path: 'body.file', message }]);
const ONE_FILE = 'Send one file and nothing else';

/** Any failure of the parser (a body cut short, a second part, a broken boundary) is the sender's. */
function senderError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return (error as { code?: string }).code === 'FST_PARTS_LIMIT' ? refused(ONE_FILE) : malformed();
}

/**
 * The one file of a multipart upload, streamed: a body holding anything else (a field before or
 * after the file, a second file) or none, or cut short, is refused with 400 in the error shape,
 * one over the size limit with 413. The bytes end only once the body is known to end with the
 * file, so such an upload fails while it is received, and the service discards what arrived.
 */
export async function uploadedFile(request: FastifyRequest): Promise<IncomingFile> {
  if (!request.isMultipart()) throw new AppError(400, 'bad_request', 'Send the file as multipart/form-data');
  const parts = request.parts();
  const first = await parts.next().catch((error: unknown) => {
    throw senderError(error);
  });
  if (first.done) throw refused('Choose a file');
  const part = first.value;
  if (part.type !== 'file') throw refused(ONE_FILE);
  refuseUnstorableText({ 'body.file': part.filename });
  const stream = part.file;

  async function* bytes(): AsyncGenerator<Buffer> {
    try {
      for await (const piece of stream) yield piece as Buffer;
    } catch (error) {
      throw (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' ? tooBig() : senderError(error);
    }
    if (stream.truncated) throw tooBig();
    const next = await parts.next().catch((error: unknown) => {
      throw senderError(error);
    });
    if (!next.done) throw refused(ONE_FILE);
  }
  return { fileName: part.filename, bytes: bytes() };
}
