import {
  formatFileSize,
  KPI_JUDGEMENT_DEFINITIONS,
  type PublicAction,
  type PublicKpi,
  type PublicPlan,
  STATUS_DEFINITIONS,
  type Status,
  textBlocks,
} from '@ragboard/shared';
import { type Html, type HtmlPart, html } from '../../../html/html';
import { type GlossaryEntry, markGlossaryTerms } from './glossary-terms';
import { baselineWords, datesWords, latestWords, leadName, statusWords, targetWords } from './public-words';

/** Words for the public, each glossary term in them marked with its meaning. */
function withTerms(words: string, glossary: readonly GlossaryEntry[]): Html[] {
  return markGlossaryTerms(words, glossary).map((piece) =>
    typeof piece === 'string' ? html`${piece}` : html`<abbr title="${piece.expansion}">${piece.text}</abbr>`,
  );
}

/** Text written for the public, as paragraphs and lists, the last without the space after it. */
export function glossaryText(text: string, glossary: readonly GlossaryEntry[]): Html[] {
  const all = textBlocks(text);
  return all.map((block, index) => {
    const flush = index === all.length - 1 ? ' govuk-!-margin-bottom-0' : '';
    return block.kind === 'list'
      ? html`<ul class="govuk-list govuk-list--bullet${flush}">${block.items.map((item) => html`<li>${withTerms(item, glossary)}</li>`)}</ul>`
      : html`<p class="govuk-body${flush}">${withTerms(block.text, glossary)}</p>`;
  });
}

/** A status as a GOV.UK tag: its colour always comes with its word. */
export function statusTag(status: Status): Html {
  const { tagClass, meaning } = STATUS_DEFINITIONS[status];
  return html`<strong class="govuk-tag ${tagClass}" title="${meaning}">${status}</strong>`;
}

const row = (label: string, value: HtmlPart) =>
  html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${label}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`;

const list = (items: HtmlPart[]) =>
  html`<ul class="govuk-list govuk-!-margin-bottom-0">${items.map((item) => html`<li>${item}</li>`)}</ul>`;

/**
 * One published action: what was promised, what happened, where it stands, both its dates and
 * whether it is past either, who leads it and its approved evidence. `id` is its heading's, unique
 * on the page whatever the plan's refs.
 */
export function actionSection(action: PublicAction, plan: PublicPlan, id: string): Html {
  const dates = datesWords(action);
  const files = action.files.map(
    (file) =>
      html`<a class="govuk-link" href="/api/public/plans/${encodeURIComponent(plan.slug)}/files/${file.id}" download="${file.fileName}">${file.fileName}</a> (${formatFileSize(file.sizeBytes)})`,
  );
  return html`<section class="app-public__item" aria-labelledby="${id}"><h3 class="govuk-heading-m" id="${id}">Action ${action.ref}</h3><dl class="govuk-summary-list">${[
    row('What we said we would do', glossaryText(action.said, plan.glossary)),
    row('What has happened', glossaryText(action.happened, plan.glossary)),
    row('Where it stands', html`${statusTag(action.status)} ${statusWords(action)}`),
    dates !== null && row('When it is due', dates),
    row('Who leads it', list(action.leads.map(leadName))),
    files.length > 0 && row('Evidence', list(files)),
  ]}</dl></section>`;
}

/** One published KPI (several may measure one outcome, so each has a number), its latest figure judged in words. */
export function kpiSection(kpi: PublicKpi, number: number, glossary: readonly GlossaryEntry[]): Html {
  const id = `measure-${number}`;
  const judgement = kpi.latest && KPI_JUDGEMENT_DEFINITIONS[kpi.latest.judgement];
  const latest =
    kpi.latest && judgement
      ? html`${latestWords(kpi.latest, kpi.unit)} <strong class="govuk-tag ${judgement.tagClass}" title="${judgement.meaning}">${judgement.label}</strong>`
      : 'No figures yet.';
  return html`<section class="app-public__item" aria-labelledby="${id}"><h3 class="govuk-heading-m" id="${id}">Measure ${number}: for outcome ${kpi.ref}</h3><dl class="govuk-summary-list">${[
    row('What we said we would do', glossaryText(kpi.said, glossary)),
    row('What has happened', glossaryText(kpi.happened, glossary)),
    row('Where we started', baselineWords(kpi)),
    row('Our target', targetWords(kpi)),
    row('Latest figure', latest),
  ]}</dl></section>`;
}
