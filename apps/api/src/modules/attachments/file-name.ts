import { ATTACHMENT_TYPES } from '@ragboard/shared';

/** Control characters, C0 and C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/**
 * Bidirectional controls: embeddings, overrides, isolates and marks. A right-to-left override shows
 * `report\u202Efdp.exe` as "reportexe.pdf"; without them a name reads as it is.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** An extension has a letter: "Minutes 14.03.2026" has none. */
const EXTENSION = /\.(?=[0-9]*[A-Za-z])([A-Za-z0-9]{1,10})$/;
const LONGEST = 200;

/**
 * The name a file is kept and offered under: the sender's base name, without folders, control or
 * bidirectional characters, with the extension of the type read from its content. `evidence.html`
 * and `chart.svg` that are PNG images are `evidence.png` and `chart.png`; `photo.jpeg` stays as it
 * is. Applied to a name it gave, it gives the same name.
 */
export function fileNameFor(sent: string, mediaType: string): string {
  const base = (sent.split(/[\\/]/).pop() ?? '')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/[.\s]+$/, '')
    .trim();
  const extensions: readonly string[] =
    ATTACHMENT_TYPES.find((t) => t.mediaType === mediaType)?.extensions ?? [];
  const given = EXTENSION.exec(base)?.[1];
  const extension = given && extensions.includes(given.toLowerCase()) ? given : extensions[0];
  if (!extension) return base.slice(-LONGEST) || 'file';
  const stem = (given ? base.slice(0, -given.length - 1) : base).replace(/[.\s]+$/, '');
  return `${(stem || 'file').slice(0, LONGEST - extension.length - 1)}.${extension}`;
}
