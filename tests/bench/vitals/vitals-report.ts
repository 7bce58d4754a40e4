// The Core Web Vitals section of tests/bench/results.md: each page's medians against issue 33's
// targets, then what the largest paint was and what moved, to say why a target is missed.

import { PROFILES } from './profiles';
import type { PageResult, Vitals } from './vitals';

export const VITALS_TARGETS = {
  lcpMs: 2500,
  cls: 0.1,
  inpMs: 200,
  /** On the wire for a first visit's first page: the sign-in page, or a lead's emailed link. */
  firstPageBytes: 170 * 1024,
  firstPages: ['sign-in', 'link'] as PageResult['page'][],
};

const pass = (ok: boolean) => (ok ? 'PASS' : '**MISS**');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number | null) => (ms === null ? 'none' : `${(ms / 1000).toFixed(2)} s`);
const interaction = (ms: number) => (ms === 0 ? '< 16 ms' : `${Math.round(ms)} ms`);

function row(r: PageResult) {
  const m = r.median;
  const t = VITALS_TARGETS;
  const first = t.firstPages.includes(r.page);
  return `| ${r.pageName} | ${r.profileName} | ${kb(m.bytes)} (${m.requests}) | ${first ? pass(m.bytes <= t.firstPageBytes) : ''} | ${seconds(m.lcpMs)} | ${pass(m.lcpMs !== null && m.lcpMs <= t.lcpMs)} | ${m.cls.toFixed(3)} | ${pass(m.cls <= t.cls)} | ${interaction(m.inpMs)} | ${pass(m.inpMs <= t.inpMs)} |`;
}

function why(r: PageResult) {
  const elements = [...new Set(r.runs.map((f) => f.lcpElement))].join('; ');
  const moved = [...new Set(r.runs.flatMap((f) => f.clsSources))].join('; ');
  return `- ${r.pageName}, ${r.profileName}: largest paint ${elements || 'none'}; moved: ${moved || 'nothing'}.`;
}

export function vitalsSection(vitals: Vitals | null): string {
  const heading = '## As people feel it: Core Web Vitals in Chromium';
  if (!vitals) return '';
  if ('skipped' in vitals) return `${heading}\n\nNot measured: ${vitals.skipped}.\n`;
  const t = VITALS_TARGETS;
  const devices = PROFILES.map(
    (p) =>
      `${p.name} (CPU ${p.cpuSlowdown}× slower, ${p.latencyMs} ms a request, ${p.downloadKbps / 1000} Mbit/s down and ${p.uploadKbps / 1000} up, ${p.viewport.width}×${p.viewport.height})`,
  ).join('; ');
  return `${heading}

The built app as \`pnpm start\` runs it (embedded database, the demo), each page opened ${vitals.runs} times
in a new browser context (an empty cache) and each figure's median kept. Devices emulated through
Chromium's debugging protocol: ${devices}. Transferred: bytes on the wire (headers included) and
requests until the page settled, before it was used; the budget is for a first visit's first page
(the sign-in page, a lead's emailed link). Interaction: the slowest of the page's first use (Event
Timing, input to the next paint): the sign-in page's email typed and "Sign in" pressed without a
password; on the dashboard an earlier month shown; on the link page "Green" chosen and a note begun.

| page | device | transferred (requests) | ≤ ${kb(t.firstPageBytes)} | largest paint | ≤ ${seconds(t.lcpMs)} | layout shift | ≤ ${t.cls} | interaction | ≤ ${t.inpMs} ms |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${vitals.measured.map(row).join('\n')}

What the largest paint was, and what moved in the worst burst of shifts (every run):

${vitals.measured.map(why).join('\n')}
`;
}
