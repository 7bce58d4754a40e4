import type { Status } from '@ragboard/shared';
import { STATUS_LOOK } from './document-style';

type Doc = PDFKit.PDFDocument;

export const SWATCH = 8;

/**
 * A small square by a status word, drawn in its chart pattern (solid, dots, diagonal, horizontal,
 * crosshatch): printed in black and white, the pattern still tells the statuses apart.
 */
export function drawSwatch(doc: Doc, status: Status, x: number, y: number) {
  const { mark, pattern } = STATUS_LOOK[status];
  doc.save().rect(x, y, SWATCH, SWATCH).clip();
  doc.rect(x, y, SWATCH, SWATCH).fill('#ffffff');
  doc.strokeColor(`#${mark}`).fillColor(`#${mark}`).lineWidth(1);
  if (pattern === 'solid') doc.rect(x, y, SWATCH, SWATCH).fill();
  if (pattern === 'dots')
    for (const dx of [2, 6]) for (const dy of [2, 6]) doc.circle(x + dx, y + dy, 1.1).fill();
  if (pattern === 'horizontal')
    for (const dy of [1.5, 4, 6.5])
      doc
        .moveTo(x, y + dy)
        .lineTo(x + SWATCH, y + dy)
        .stroke();
  if (pattern === 'diagonal' || pattern === 'crosshatch')
    for (const d of [-4, 0, 4, 8])
      doc
        .moveTo(x + d, y + SWATCH)
        .lineTo(x + d + SWATCH, y)
        .stroke();
  if (pattern === 'crosshatch')
    for (const d of [-4, 0, 4, 8])
      doc
        .moveTo(x + d, y)
        .lineTo(x + d + SWATCH, y + SWATCH)
        .stroke();
  doc.restore();
  doc.save().lineWidth(0.5).rect(x, y, SWATCH, SWATCH).stroke('#0b0c0c').restore();
}
