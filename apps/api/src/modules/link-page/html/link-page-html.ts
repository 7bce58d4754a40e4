import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES_IN_WORDS,
  type Challenge,
  formatDate,
  formatFileSize,
  formatMonth,
  type Month,
  NO_CHANGE_STATEMENT,
  STATUS_DEFINITIONS,
  STATUSES,
  type UpdateSheetItem,
} from '@ragboard/shared';
import { escapeHtml, type Html, html, markup } from '../../../html/html';
import { fillShell } from '../../../html/web-shell';
import type { LeadFile, LinkMonth } from '../link-page.service';

/** What the lead typed, by field name, and what was wrong with it, in the page's order. */
export interface FormState {
  values: Record<string, string>;
  errors: { field: string; message: string }[];
}

export const NO_FORM: FormState = { values: {}, errors: [] };

/** What a successful post says at the top of the page it redirects to (`?done=`). */
export const DONE_WORDS = {
  updates: 'Your updates have been saved',
  file: 'Your file has been attached',
  removed: 'The file has been removed',
  answer: 'Your answer has been sent',
} as const;
export type Done = keyof typeof DONE_WORDS;

/** Field names: one form posts them, the page writes them, the error summary links to them. */
export const field = {
  status: (actionId: string) => `status-${actionId}`,
  noChange: (actionId: string) => `noChange-${actionId}`,
  note: (actionId: string) => `note-${actionId}`,
  revisedDue: (actionId: string, part: 'day' | 'month' | 'year') => `revisedDue-${actionId}-${part}`,
  version: (actionId: string) => `version-${actionId}`,
  file: (actionId: string) => `file-${actionId}`,
  reason: (attachmentId: string) => `reason-${attachmentId}`,
  answer: (challengeId: string) => `answer-${challengeId}`,
};

const statusTag = (status: keyof typeof STATUS_DEFINITIONS) =>
  html`<strong class="govuk-tag ${STATUS_DEFINITIONS[status].tagClass}">${status}: ${STATUS_DEFINITIONS[status].label}</strong>`;

function errorOf(state: FormState, name: string): string | undefined {
  return state.errors.find((e) => e.field === name)?.message;
}

function errorMessage(id: string, message: string | undefined): Html | null {
  return message
    ? html`<p id="${id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${message}</p>`
    : null;
}

function errorSummary(state: FormState): Html | null {
  if (state.errors.length === 0) return null;
  return html`<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${state.errors.map(
    (e) => html`<li><a href="#${e.field}">${e.message}</a></li>`,
  )}</ul></div></div></div>`;
}

function successBanner(done: Done | null): Html | null {
  if (!done) return null;
  return html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner"><div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">Success</h2></div><div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${DONE_WORDS[done]}</p></div></div>`;
}

/** Last month's word, beside the box and never in it: the lead writes this month's afresh. */
function lastMonth(item: UpdateSheetItem): Html {
  const previous = item.previous;
  if (!previous) return html`<p class="govuk-body">No update has been given before.</p>`;
  return html`<div class="govuk-inset-text"><p class="govuk-body govuk-!-margin-bottom-1">Last update (${formatMonth(previous.period)}): ${statusTag(previous.status)}</p>${
    previous.note ? html`<p class="govuk-body govuk-!-margin-bottom-0">${previous.note}</p>` : null
  }</div>`;
}

/** "No change since last month" is offered as the web app offers it: an earlier update, none yet this month, not completed. */
export function mayRepeat(item: UpdateSheetItem, period: Month): boolean {
  return Boolean(
    item.previous && item.previous.period < period && !item.given && item.action.status !== 'Blue',
  );
}

function noChangeBox(item: UpdateSheetItem, state: FormState): Html {
  const name = field.noChange(item.action.id);
  const error = errorOf(state, name);
  const ticked = state.values[name] === 'yes';
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}"><fieldset class="govuk-fieldset"${
    error ? html` aria-describedby="${name}-error"` : null
  }><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Since last month for ${item.action.ref}</legend>${errorMessage(
    name,
    error,
  )}<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes"><div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="${name}" name="${name}" type="checkbox" value="yes"${
    ticked ? html` checked` : null
  } aria-describedby="${name}-hint"><label class="govuk-label govuk-checkboxes__label" for="${name}">No change since last month (stays ${
    item.action.status
  })</label><div id="${name}-hint" class="govuk-hint govuk-checkboxes__hint">Records “${NO_CHANGE_STATEMENT}” as this month’s note. Leave the status below unchosen.</div></div></div></fieldset></div>`;
}

function statusRadios(item: UpdateSheetItem, state: FormState): Html {
  const id = item.action.id;
  const name = field.status(id);
  const error = errorOf(state, name);
  const chosen = state.values[name] ?? item.given?.status ?? '';
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}"><fieldset class="govuk-fieldset"${
    error ? html` aria-describedby="${name}-error"` : null
  }><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Status for ${item.action.ref}</legend>${errorMessage(name, error)}<div class="govuk-radios govuk-radios--small" data-module="govuk-radios">${STATUSES.map(
    (status, index) => {
      const inputId = index === 0 ? name : `${name}-${status}`;
      const meaning = STATUS_DEFINITIONS[status].requiresSignOff
        ? `${STATUS_DEFINITIONS[status].label}: awaits the manager’s sign-off`
        : STATUS_DEFINITIONS[status].meaning;
      return html`<div class="govuk-radios__item"><input class="govuk-radios__input" id="${inputId}" name="${name}" type="radio" value="${status}"${
        chosen === status ? html` checked` : null
      } aria-describedby="${inputId}-hint"><label class="govuk-label govuk-radios__label" for="${inputId}">${status}</label><div id="${inputId}-hint" class="govuk-hint govuk-radios__hint">${meaning}</div></div>`;
    },
  )}</div></fieldset></div>`;
}

function dateInput(item: UpdateSheetItem, state: FormState): Html {
  const id = item.action.id;
  const first = field.revisedDue(id, 'day');
  const error = errorOf(state, first);
  const given = item.given?.revisedDue?.split('-') ?? [];
  const value = (part: 'day' | 'month' | 'year', index: number) =>
    state.values[field.revisedDue(id, part)] ?? (given[index] ? String(Number(given[index])) : '');
  const part = (p: 'day' | 'month' | 'year', label: string, width: number, index: number) => {
    const name = field.revisedDue(id, p);
    return html`<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="${name}">${label}</label><input class="govuk-input govuk-date-input__input govuk-input--width-${width}${
      error ? ' govuk-input--error' : ''
    }" id="${name}" name="${name}" type="text" inputmode="numeric" value="${value(p, index)}"></div></div>`;
  };
  const hintId = `revisedDue-${id}-hint`;
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}"><fieldset class="govuk-fieldset" role="group" aria-describedby="${hintId}${
    error ? ` ${first}-error` : ''
  }"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">New completion date for ${item.action.ref}</legend><div id="${hintId}" class="govuk-hint">Red needs a new completion date after today, for example 27 3 2027</div>${errorMessage(
    first,
    error,
  )}<div class="govuk-date-input">${part('day', 'Day', 2, 2)}${part('month', 'Month', 2, 1)}${part('year', 'Year', 4, 0)}</div></fieldset></div>`;
}

function noteBox(item: UpdateSheetItem, state: FormState): Html {
  const name = field.note(item.action.id);
  const error = errorOf(state, name);
  const value = state.values[name] ?? item.given?.note ?? '';
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}"><label class="govuk-label govuk-label--s" for="${name}">Progress note for ${item.action.ref}</label><div id="${name}-hint" class="govuk-hint">What has happened since the last update. Needed for every status but Grey.</div>${errorMessage(
    name,
    error,
  )}<textarea class="govuk-textarea${error ? ' govuk-textarea--error' : ''}" id="${name}" name="${name}" rows="4" aria-describedby="${name}-hint${
    error ? ` ${name}-error` : ''
  }">${value}</textarea></div>`;
}

function updateItem(item: UpdateSheetItem, state: FormState, period: Month | undefined): Html {
  const a = item.action;
  return html`<section class="govuk-!-margin-bottom-8" aria-labelledby="action-${a.id}-heading"><h3 class="govuk-heading-m" id="action-${a.id}-heading">Action ${a.ref}</h3><p class="govuk-body">${a.title}</p><p class="govuk-body">Now ${statusTag(a.status)}${
    item.given ? html` <span class="govuk-body-s">(updated this month)</span>` : null
  }</p>${lastMonth(item)}${period && mayRepeat(item, period) ? noChangeBox(item, state) : null}${statusRadios(item, state)}${dateInput(item, state)}${noteBox(item, state)}<input type="hidden" name="${field.version(a.id)}" value="${a.version}"></section>`;
}

function fileRow(token: string, file: LeadFile, state: FormState): Html {
  const name = field.reason(file.id);
  const error = errorOf(state, name);
  return html`<li><p class="govuk-body govuk-!-margin-bottom-1">${file.fileName} (${formatFileSize(file.sizeBytes)})</p><form method="post" action="/update/${token}/files/${file.id}/remove" novalidate><div class="govuk-form-group${
    error ? ' govuk-form-group--error' : ''
  }"><label class="govuk-label" for="${name}">Why remove ${file.fileName}?</label>${errorMessage(name, error)}<input class="govuk-input${
    error ? ' govuk-input--error' : ''
  }" id="${name}" name="reason" type="text" value="${state.values[name] ?? ''}"></div><button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Remove ${file.fileName}</button></form></li>`;
}

function evidenceItem(token: string, item: UpdateSheetItem, files: LeadFile[], state: FormState): Html {
  const a = item.action;
  const name = field.file(a.id);
  const error = errorOf(state, name);
  const mine = files.filter((f) => f.actionId === a.id);
  const upload = item.given
    ? html`<form method="post" action="/update/${token}/actions/${a.id}/files" enctype="multipart/form-data" novalidate><div class="govuk-form-group${
        error ? ' govuk-form-group--error' : ''
      }"><label class="govuk-label" for="${name}">Attach a file to ${a.ref}</label><div id="${name}-hint" class="govuk-hint">${ATTACHMENT_TYPES_IN_WORDS}, up to ${formatFileSize(
        ATTACHMENT_MAX_BYTES,
      )}</div>${errorMessage(name, error)}<input class="govuk-file-upload${
        error ? ' govuk-file-upload--error' : ''
      }" id="${name}" name="file" type="file" aria-describedby="${name}-hint${
        error ? ` ${name}-error` : ''
      }"></div><button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Attach file to ${a.ref}</button></form>`
    : html`<p class="govuk-body">Save this month’s update for ${a.ref} first, then attach evidence to it.</p>`;
  return html`<div class="govuk-!-margin-bottom-6"><h3 class="govuk-heading-s">${a.ref} ${a.title}</h3>${
    mine.length > 0 ? html`<ul class="govuk-list">${mine.map((f) => fileRow(token, f, state))}</ul>` : null
  }${upload}</div>`;
}

function challengeItem(token: string, challenge: Challenge, state: FormState): Html {
  const name = field.answer(challenge.id);
  const error = errorOf(state, name);
  return html`<div class="govuk-!-margin-bottom-8"><h3 class="govuk-heading-m">${challenge.action.ref} ${challenge.action.title}</h3><dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status challenged</dt><dd class="govuk-summary-list__value">${statusTag(
    challenge.status,
  )}</dd></div><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Raised by</dt><dd class="govuk-summary-list__value">${challenge.raisedBy} on ${formatDate(
    challenge.raisedAt.slice(0, 10),
  )}</dd></div><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Why</dt><dd class="govuk-summary-list__value">${challenge.reason}</dd></div></dl><form method="post" action="/update/${token}/challenges/${challenge.id}/answer" novalidate><input type="hidden" name="version" value="${challenge.version}"><div class="govuk-form-group${
    error ? ' govuk-form-group--error' : ''
  }"><label class="govuk-label govuk-label--s" for="${name}">Your answer to this challenge</label>${errorMessage(name, error)}<textarea class="govuk-textarea${
    error ? ' govuk-textarea--error' : ''
  }" id="${name}" name="answer" rows="4"${error ? html` aria-describedby="${name}-error"` : null}>${state.values[name] ?? ''}</textarea></div><button type="submit" class="govuk-button" data-module="govuk-button">Send answer on ${challenge.action.ref}</button></form></div>`;
}

/** The link's whole month as GOV.UK forms that post without JavaScript (decision 051). */
export function linkMonthMain(token: string, month: LinkMonth, state: FormState, done: Done | null): Html {
  const { sheet } = month;
  const items = sheet.sections.flatMap((s) => s.items);
  const period = sheet.sections[0]?.period;
  const plan = sheet.sections[0]?.plan.title ?? '';
  const title = period ? `Your ${formatMonth(period)} update` : 'Your update';
  const updates =
    items.length > 0
      ? html`<form method="post" action="/update/${token}" novalidate>${items.map((item) => updateItem(item, state, period))}<button type="submit" class="govuk-button" data-module="govuk-button">Save all updates</button></form>`
      : html`<p class="govuk-body">You have no actions due an update this month.</p>`;
  const challenges =
    month.challenges.length > 0
      ? month.challenges.map((c) => challengeItem(token, c, state))
      : html`<p class="govuk-body">No challenges are waiting for your answer.</p>`;
  return html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${successBanner(done)}${errorSummary(
    state,
  )}<span class="govuk-caption-l">${plan}</span><h1 class="govuk-heading-l">${title}</h1><p class="govuk-body">${
    sheet.person.name
  }, this page is for your actions only. It works until ${formatDate(sheet.openUntil)}.</p><h2 class="govuk-heading-l">Updates</h2>${updates}<h2 class="govuk-heading-l" id="evidence">Evidence</h2>${
    items.length > 0
      ? items.map((item) => evidenceItem(token, item, month.files, state))
      : html`<p class="govuk-body">No actions to attach evidence to.</p>`
  }<h2 class="govuk-heading-l" id="challenges">Challenges</h2>${challenges}</div></div>`;
}

const HEADER = html`<header class="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__content govuk-!-padding-left-0"><span class="govuk-header__service-name">ragboard</span></div></div></header>`;

/** A whole page in the web app's shell: skip link, header without an account, the page, no footer links. */
export function linkPage(shell: string, title: string, main: Html): string {
  const body = html`<a href="#main-content" class="govuk-skip-link">Skip to main content</a>${HEADER}<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content" tabindex="-1">${main}</main></div>`;
  return fillShell(shell, `<title>${escapeHtml(title)} – ragboard</title>`, markup(body));
}
