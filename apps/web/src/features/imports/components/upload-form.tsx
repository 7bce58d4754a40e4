import { IMPORT_COLUMNS, REQUIRED_IMPORT_COLUMNS } from '@ragboard/shared';
import { useState } from 'react';
import { DateInput } from '../../../components/form/date-input';
import type { DateParts } from '../../../components/form/date-parts';
import type { FieldError } from '../../../components/form/error-summary';
import { FileUpload } from '../../../components/form/file-upload';
import { FormPage } from '../../../components/form/form-page';
import { TextInput } from '../../../components/form/text-input';
import { IMPORT_COLUMN_WORDS } from '../../../lib/import-words';
import { paths } from '../../../lib/paths';
import type { ImportUpload } from '../api/preview-import';
import { AS_OF_FIELD, checkUpload, FILE_FIELD, TITLE_FIELD, uploadErrorsFrom } from '../import-upload';

interface UploadFormProps {
  title: string;
  onTitleChange: (title: string) => void;
  /** The month the file's statuses were true, as typed. */
  asOf: DateParts;
  onAsOfChange: (asOf: DateParts) => void;
  pending: boolean;
  /** The API's refusal of the last upload, if it refused it. */
  error: Error | null;
  onUpload: (upload: ImportUpload) => void;
}

const optionalColumns = IMPORT_COLUMNS.filter(
  (c) => !(REQUIRED_IMPORT_COLUMNS as readonly string[]).includes(c),
);

/** The first step of an import: the file and the plan's title; nothing is saved yet. */
export function UploadForm({
  title,
  onTitleChange,
  asOf,
  onAsOfChange,
  pending,
  error,
  onUpload,
}: UploadFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [refused, setRefused] = useState<FieldError[]>([]);

  function submit() {
    const { errors, asOf: month } = checkUpload(file, title, asOf);
    setRefused(errors);
    if (errors.length === 0 && file) onUpload({ file, title: title.trim(), asOf: month });
  }

  const errors = refused.length > 0 ? refused : uploadErrorsFrom(error);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <FormPage
      title="Import a plan"
      back={{ to: paths.plans(), label: 'Back to the plans' }}
      errors={errors}
      submitLabel="Upload and check"
      pending={pending}
      onSubmit={submit}
    >
      <p className="govuk-body">
        Upload the plan as a spreadsheet with a header row and one row for each action. You will see what was
        read, and any problems, before the plan is created.
      </p>
      <p className="govuk-body">
        It needs the columns{' '}
        {REQUIRED_IMPORT_COLUMNS.map((c) => IMPORT_COLUMN_WORDS[c].toLowerCase()).join(', ')}; it may also
        have {optionalColumns.map((c) => IMPORT_COLUMN_WORDS[c].toLowerCase()).join(', ')}.
      </p>
      <TextInput
        id={TITLE_FIELD}
        label="Plan title (optional)"
        hint="If you leave it empty, the plan takes the file’s name"
        autoComplete="off"
        value={title}
        onChange={(e) => onTitleChange(e.target.value)}
        error={errorFor(TITLE_FIELD)}
      />
      <DateInput
        id={AS_OF_FIELD}
        legend="Month the statuses were true (optional)"
        hint="The statuses and notes in the file are recorded for this month, and the plan’s history starts there. Leave it empty for this month. For example, 3 2024"
        withoutDay
        value={asOf}
        onChange={onAsOfChange}
        error={errorFor(AS_OF_FIELD)}
      />
      <FileUpload
        id={FILE_FIELD}
        label="Upload a file"
        hint="A CSV or Excel (.xlsx) file of up to 5 MB"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChoose={setFile}
        error={errorFor(FILE_FIELD)}
      />
    </FormPage>
  );
}
