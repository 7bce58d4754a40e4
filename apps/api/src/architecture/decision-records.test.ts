import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const decisionsDir = fileURLToPath(new URL('../../../../docs/decisions/', import.meta.url));
const records = readdirSync(decisionsDir).filter((name) => name.endsWith('.md'));

describe('decision records', () => {
  it('are numbered, dated and carry a status', () => {
    expect(records.length).toBeGreaterThan(40);
    const faults = records.flatMap((name) => {
      const text = readFileSync(decisionsDir + name, 'utf8');
      const problems: string[] = [];
      if (!text.startsWith(`# ${name.slice(0, 3)} `))
        problems.push(`${name}: title is not "# ${name.slice(0, 3)} …"`);
      if (!/^Date: \d{4}-\d{2}-\d{2}$/m.test(text)) problems.push(`${name}: no "Date: YYYY-MM-DD" line`);
      if (!/^Status: (accepted|superseded by \d{3}|proposed)\b/m.test(text))
        problems.push(`${name}: no "Status:" line`);
      return problems;
    });
    expect(faults).toEqual([]);
  });

  it('cite only documents the project contains', () => {
    const missing = records.flatMap((name) => {
      const text = readFileSync(decisionsDir + name, 'utf8');
      return [...text.matchAll(/\b([A-Z][A-Z-]+\.md)\b/g)].map((m) => `${name} cites ${m[1]}`);
    });
    // The project's own documents in capitals are the README and these records; no design or style
    // document lives in the repository.
    expect(missing.filter((line) => !line.endsWith('README.md'))).toEqual([]);
  });
});
