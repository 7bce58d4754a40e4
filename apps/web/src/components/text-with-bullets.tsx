import type { ReactNode } from 'react';

type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const BULLET = /^\s*[-•]\s+/;

/** The plan writes lists inside a cell as lines starting "- ": split into paragraphs and lists. */
export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
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

interface TextWithBulletsProps {
  text: string;
  /** Drops the space after the last block, for text that ends a table cell. */
  flush?: boolean;
  /** How a paragraph's or a bullet's words are shown (plain text by default). */
  inline?: (text: string) => ReactNode;
}

export function TextWithBullets({ text, flush = false, inline = (words) => words }: TextWithBulletsProps) {
  const blocks = toBlocks(text);
  const spacing = (index: number) => (flush && index === blocks.length - 1 ? ' govuk-!-margin-bottom-0' : '');
  return (
    <>
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity beyond their place
          <p key={index} className={`govuk-body${spacing(index)}`}>
            {inline(block.text)}
          </p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity beyond their place
          <ul key={index} className={`govuk-list govuk-list--bullet${spacing(index)}`}>
            {block.items.map((item, itemIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same bullet may appear twice
              <li key={itemIndex}>{inline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
