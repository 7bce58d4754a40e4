import { useState } from 'react';
import { EMPTY_DATE } from '../../components/form/date-parts';
import { usePreviewImport } from './api/preview-import';
import { ImportPreviewView } from './components/import-preview-view';
import { UploadForm } from './components/upload-form';

/** Import a plan from a spreadsheet: upload, check the preview, then create the plan. */
export default function ImportPage() {
  const upload = usePreviewImport();
  const [title, setTitle] = useState('');
  const [asOf, setAsOf] = useState(EMPTY_DATE);
  if (upload.data) return <ImportPreviewView preview={upload.data} onUploadAgain={() => upload.reset()} />;
  return (
    <UploadForm
      title={title}
      onTitleChange={setTitle}
      asOf={asOf}
      onAsOfChange={setAsOf}
      pending={upload.isPending}
      error={upload.error}
      onUpload={(fields) => upload.mutate(fields)}
    />
  );
}
