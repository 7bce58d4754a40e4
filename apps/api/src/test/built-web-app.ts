import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The web app's index.html as vite writes it: its script, a preloaded chunk and its stylesheet. */
export const BUILT_INDEX = `<!doctype html>
<html lang="en-GB" class="govuk-template">
  <head>
    <meta charset="utf-8" />
    <title>ragboard</title>
    <script type="module" crossorigin src="/assets/index-test.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-test.js">
    <link rel="stylesheet" crossorigin href="/assets/index-test.css">
  </head>
  <body class="govuk-template__body">
    <div id="root"></div>
  </body>
</html>`;

/** A built web app's folder holding `index`, for tests; `remove()` deletes it. */
export function builtWebApp(index = BUILT_INDEX) {
  const dir = mkdtempSync(join(tmpdir(), 'ragboard-web-'));
  writeFileSync(join(dir, 'index.html'), index);
  return { dir, remove: () => rmSync(dir, { recursive: true }) };
}
