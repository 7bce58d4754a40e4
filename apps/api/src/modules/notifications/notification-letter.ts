import { formatDate, type NotificationKind } from '@ragboard/shared';

/** One thing that happened, as the daily email tells it. */
export interface NotificationItem {
  kind: NotificationKind;
  actionId: string | null;
  payload: Record<string, unknown>;
}

/** Where each line's "open it" link goes: the lead's personal page for a challenge, else the action. */
export interface LetterLinks {
  answer: (item: NotificationItem) => string | null;
  action: (actionId: string) => string | null;
  preferences: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const quoted = (value: unknown) => `"${text(value).trim()}"`;

function line(item: NotificationItem, links: LetterLinks): string[] {
  const p = item.payload;
  const action = `${text(p.ref)} ${text(p.title)}`.trim();
  const open = item.actionId ? links.action(item.actionId) : null;
  switch (item.kind) {
    case 'challenge-raised': {
      const answer = links.answer(item);
      return [
        `- ${text(p.by) || 'The forum'} challenged the ${text(p.status)} status of ${action}: ${quoted(p.reason)}`,
        answer
          ? `  Answer it without signing in (this link is personal to you): ${answer}`
          : open
            ? `  See it: ${open}`
            : '  Ask the partnership manager for a link to answer it.',
      ];
    }
    case 'challenge-answered':
      return [
        `- ${text(p.by) || 'The action’s lead'} answered your challenge to ${action}: ${quoted(p.answer)}`,
        ...(open ? [`  See it: ${open}`] : []),
      ];
    case 'sign-off-awaited':
      return [
        `- ${action} was given as Blue (completed) and awaits sign-off`,
        ...(open ? [`  Sign it off or refuse it: ${open}`] : []),
      ];
    case 'sign-off-refused':
      return [
        `- The Blue for ${action} was not signed off. The reason: ${quoted(p.reason)}`,
        ...(open ? [`  See it: ${open}`] : []),
      ];
  }
}

/** The one email of a day for one person: everything that happened, a few lines each. */
export function notificationLetter(name: string, day: Date, items: NotificationItem[], links: LetterLinks) {
  const count = items.length === 1 ? 'One thing' : `${items.length} things`;
  return {
    subject: `ragboard: ${count.toLowerCase()} for you on ${formatDate(day.toISOString().slice(0, 10))}`,
    body: [
      `Dear ${name},`,
      '',
      `${count} happened in ragboard that concerns you:`,
      '',
      ...items.flatMap((item) => line(item, links)),
      '',
      'This email comes at most once a day. To choose what it tells you, or to stop it:',
      links.preferences,
      '',
      'ragboard',
    ].join('\n'),
  };
}
