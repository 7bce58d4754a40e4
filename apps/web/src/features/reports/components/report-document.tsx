import type { DocumentBlock, DocumentSection, ReportDocument } from '@ragboard/shared';
import { DocumentTableView } from './document-table';

function Block({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case 'paragraphs':
      return block.paragraphs.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity beyond their place
        <p className="govuk-body" key={i}>
          {p}
        </p>
      ));
    case 'bullets':
      return (
        <ul className="govuk-list govuk-list--bullet">
          {block.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same bullet may appear twice
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'subheading':
      return block.level === 3 ? (
        <h3 className="govuk-heading-m govuk-!-margin-top-7">{block.text}</h3>
      ) : (
        <h4 className="govuk-heading-s">{block.text}</h4>
      );
    default:
      return <DocumentTableView table={block} />;
  }
}

function Section({ section, id }: { section: DocumentSection; id: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-l govuk-!-margin-top-8" id={id}>
        {section.heading}
      </h2>
      {section.intro && <p className="govuk-hint">{section.intro}</p>}
      {section.empty !== null ? (
        <p className="govuk-body">{section.empty}</p>
      ) : (
        section.blocks.map((block, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity beyond their place
          <Block block={block} key={i} />
        ))
      )}
    </section>
  );
}

/** The report's sections as the board reads them, the same document every export is made from. */
export function ReportDocumentSections({ document }: { document: ReportDocument }) {
  return document.sections.map((section, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a report may take a section twice; its place keeps each apart
    <Section section={section} id={`report-section-${i}`} key={i} />
  ));
}
