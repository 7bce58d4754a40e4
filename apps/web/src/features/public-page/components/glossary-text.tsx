import { TextWithBullets } from '../../../components/text-with-bullets';
import { type GlossaryEntry, markGlossaryTerms } from '../mark-glossary-terms';

/** Text written for the public, each glossary term in it marked with its meaning. */
export function GlossaryText({ text, glossary }: { text: string; glossary: readonly GlossaryEntry[] }) {
  return (
    <TextWithBullets
      text={text}
      flush
      inline={(words) =>
        markGlossaryTerms(words, glossary).map((piece, index) =>
          typeof piece === 'string' ? (
            piece
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same term may appear twice
            <abbr key={index} title={piece.expansion}>
              {piece.text}
            </abbr>
          ),
        )
      }
    />
  );
}
