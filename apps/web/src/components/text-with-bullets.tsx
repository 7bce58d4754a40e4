import { textBlocks } from '@ragboard/shared';
import type { ReactNode } from 'react';

interface TextWithBulletsProps {
  text: string;
  /** Drops the space after the last block, for text that ends a table cell. */
  flush?: boolean;
  /** How a paragraph's or a bullet's words are shown (plain text by default). */
  inline?: (text: string) => ReactNode;
}

/** Free text as GOV.UK paragraphs and bullet lists, split by the one reading of bullets (shared). */
export function TextWithBullets({ text, flush = false, inline = (words) => words }: TextWithBulletsProps) {
  const blocks = textBlocks(text);
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
