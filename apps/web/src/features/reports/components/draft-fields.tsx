import { type BoardReport, REPORT_SECTIONS, type ReportSection } from '@ragboard/shared';
import { Checkboxes } from '../../../components/form/checkboxes';
import { TextInput } from '../../../components/form/text-input';
import { Textarea } from '../../../components/form/textarea';
import { SECTION_LABELS } from '../report-words';

export interface DraftForm {
  title: string;
  overall: string;
  /** Commentary by priority ref. */
  priorities: Record<string, string>;
  sections: ReportSection[];
}

export function draftFormFrom(report: BoardReport): DraftForm {
  return {
    title: report.title,
    overall: report.commentary.overall,
    priorities: { ...report.commentary.priorities },
    sections: [...report.sections],
  };
}

interface DraftFieldsProps {
  report: BoardReport;
  form: DraftForm;
  onChange: (form: DraftForm) => void;
  errorFor: (field: string) => string | undefined;
}

/** The draft's words: title, overall commentary, one commentary per priority, and sections to include. */
export function DraftFields({ report, form, onChange, errorFor }: DraftFieldsProps) {
  function toggle(section: string, on: boolean) {
    const chosen = new Set(form.sections);
    if (on) chosen.add(section as ReportSection);
    else chosen.delete(section as ReportSection);
    onChange({ ...form, sections: REPORT_SECTIONS.filter((s) => chosen.has(s)) });
  }
  return (
    <>
      <TextInput
        id="title"
        label="Title"
        autoComplete="off"
        value={form.title}
        onChange={(e) => onChange({ ...form, title: e.target.value })}
        error={errorFor('title')}
      />
      <Textarea
        id="overall"
        label="Overall commentary"
        hint="What the board should take from this month. Start a line with “- ” for a bullet."
        rows={8}
        value={form.overall}
        onChange={(e) => onChange({ ...form, overall: e.target.value })}
        error={errorFor('overall')}
      />
      {report.snapshot.priorities.map((priority) => (
        <Textarea
          key={priority.id}
          id={`priority-${priority.ref}`}
          label={`Commentary for priority ${priority.ref}: ${priority.title}`}
          value={form.priorities[priority.ref] ?? ''}
          onChange={(e) =>
            onChange({ ...form, priorities: { ...form.priorities, [priority.ref]: e.target.value } })
          }
        />
      ))}
      <Checkboxes
        name="sections"
        legend="Sections to include"
        options={REPORT_SECTIONS.map((section) => ({ value: section, label: SECTION_LABELS[section] }))}
        checked={form.sections}
        onToggle={toggle}
        error={errorFor('sections')}
      />
    </>
  );
}
