/** Free text as the plan writes it: paragraphs, and lists as lines starting "- " (or "• "). */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const BULLET = /^\s*[-•]\s+/;

/**
 * The one reading of bullets in free text (an action's words, an outcome's statement, the manager's
 * commentary): every view and export splits it here, so a list is a list wherever it is shown.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const last = blocks.at(-1);
    if (BULLET.test(line)) {
      const item = line.replace(BULLET, '').trim();
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else {
      blocks.push({ kind: 'paragraph', text: trimmed });
    }
  }
  return blocks;
}
