import { type ImportPreview, importPreviewSchema } from '@ragboard/shared';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';

export interface ImportUpload {
  file: File;
  title: string;
  /** YYYY-MM, or null for this month. */
  asOf: string | null;
}

/** Sends the file to be read: the API answers with what the plan would be, and writes nothing yet. */
export async function previewImport({ file, title, asOf }: ImportUpload): Promise<ImportPreview> {
  const form = new FormData();
  // The API reads only the fields sent before the file, so the title and month go first.
  form.append('title', title);
  if (asOf) form.append('asOf', asOf);
  form.append('file', file);
  return await apiSend('POST', '/api/imports', form, importPreviewSchema);
}

export function usePreviewImport() {
  return useMutation({ mutationFn: previewImport });
}
