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

/** `flush` drops the space after the last block, for text that ends a table cell. */
export function TextWithBullets({ text, flush = false }: { text: string; flush?: boolean }) {
  const blocks = toBlocks(text);
  const spacing = (index: number) => (flush && index === blocks.length - 1 ? ' govuk-!-margin-bottom-0' : '');
  return (
    <>
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity beyond their place
          <p key={index} className={`govuk-body${spacing(index)}`}>
            {block.text}
          </p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity beyond their place
          <ul key={index} className={`govuk-list govuk-list--bullet${spacing(index)}`}>
            {block.items.map((item, itemIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same bullet may appear twice
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
