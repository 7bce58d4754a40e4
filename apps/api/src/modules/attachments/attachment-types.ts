import { ATTACHMENT_TYPES } from '@ragboard/shared';
import { fileTypeFromBuffer } from 'file-type';

const ALLOWED = new Set<string>(ATTACHMENT_TYPES.map((t) => t.mediaType));

/**
 * The type a file's first bytes say it is, if it is one that may be attached; never what its name
 * or the browser claims. Office files are zip archives: file-type looks inside for their parts.
 */
export async function sniffedType(head: Buffer): Promise<string | null> {
  const found = await fileTypeFromBuffer(head);
  return found && ALLOWED.has(found.mime) ? found.mime : null;
}
