import type { InputHTMLAttributes } from 'react';
import { describedBy, type FieldProps, FormGroup } from './form-group';

interface FileUploadProps
  extends FieldProps,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'type' | 'onChange'> {
  /** The file chosen, or null when the choice is cleared. */
  onChoose: (file: File | null) => void;
}

/** GOV.UK file upload with its label, hint and error message tied to the field. */
export function FileUpload({ id, label, hint, error, onChoose, ...input }: FileUploadProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        type="file"
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        aria-describedby={describedBy({ id, hint, error })}
        onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
        {...input}
      />
    </FormGroup>
  );
}
