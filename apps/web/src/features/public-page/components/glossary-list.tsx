import type { PublicPlan } from '@ragboard/shared';

/** The plan's terms and acronyms with their meanings, for readers who cannot hover over them. */
export function GlossaryList({ glossary }: { glossary: PublicPlan['glossary'] }) {
  if (glossary.length === 0) return null;
  return (
    <section aria-labelledby="glossary">
      <h2 className="govuk-heading-l" id="glossary">
        Words we use
      </h2>
      <dl className="govuk-summary-list">
        {glossary.map(({ term, expansion }) => (
          <div className="govuk-summary-list__row" key={term}>
            <dt className="govuk-summary-list__key">{term}</dt>
            <dd className="govuk-summary-list__value">{expansion}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
