// One cold run of one page on one device: a new browser context (empty cache), the device's CPU
// and network emulated, the page opened and left to settle, then used once and left to settle again.
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { OBSERVER_SCRIPT, type PageVitals, VITALS_GLOBAL } from './observer';
import type { VitalsPage } from './pages';
import { bytesPerSecond, type Profile } from './profiles';

export interface RunFigures {
  /** Bytes on the wire (headers and bodies) until the page settled, before it was used. */
  bytes: number;
  requests: number;
  lcpMs: number | null;
  lcpElement: string;
  cls: number;
  /** What moved in the worst burst of shifts. */
  clsSources: string[];
  /** The slowest interaction, ms; 0 when every one was under Event Timing's 16 ms threshold. */
  inpMs: number;
}

const SETTLE_QUIET_MS = 1000;
const SETTLE_LIMIT_MS = 30_000;

/** Chromium logs every 4xx reply; a 401 is the app asking who is signed in when nobody is. */
const expectedRefusal = (text: string) => /the server responded with a status of 401/.test(text);

/** CLS as Chromium's tools compute it: the largest burst of shifts (gaps under 1 s, at most 5 s long). */
export function layoutShiftScore(shifts: PageVitals['shifts']): { score: number; sources: string[] } {
  let best = { score: 0, sources: [] as string[] };
  let window = { score: 0, sources: [] as string[], start: 0, last: 0 };
  for (const shift of [...shifts].sort((a, b) => a.at - b.at)) {
    if (window.score > 0 && (shift.at - window.last > 1000 || shift.at - window.start > 5000)) {
      window = { score: 0, sources: [], start: shift.at, last: shift.at };
    }
    if (window.score === 0) window.start = shift.at;
    window = {
      ...window,
      score: window.score + shift.value,
      sources: [...window.sources, ...shift.sources],
      last: shift.at,
    };
    if (window.score > best.score) best = { score: window.score, sources: [...new Set(window.sources)] };
  }
  return best;
}

async function throttle(cdp: CDPSession, profile: Profile) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: bytesPerSecond(profile.downloadKbps),
    uploadThroughput: bytesPerSecond(profile.uploadKbps),
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

/** Counts the bytes and the requests still open, from the protocol's network events. */
function watchNetwork(cdp: CDPSession) {
  const open = new Set<string>();
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    open.add(e.requestId);
    requests += 1;
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (open.delete(e.requestId)) bytes += e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => open.delete(e.requestId));
  return { open: () => open.size, bytes: () => bytes, requests: () => requests };
}

const read = (page: Page) =>
  page.evaluate((name) => (window as unknown as Record<string, () => PageVitals>)[name]!(), VITALS_GLOBAL);

/** Waits until no request is open and nothing new was painted, shifted or fetched for a second. */
async function settle(page: Page, network: ReturnType<typeof watchNetwork>) {
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  let mark = '';
  let since = Date.now();
  while (Date.now() < deadline) {
    const v = await read(page);
    const now = `${v.entries}/${v.resources}/${network.requests()}/${network.open()}`;
    if (now !== mark || network.open() > 0) {
      mark = now;
      since = Date.now();
    } else if (Date.now() - since >= SETTLE_QUIET_MS) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${page.url()} did not settle within ${SETTLE_LIMIT_MS / 1000} s`);
}

export async function measureRun(
  browser: Browser,
  baseUrl: string,
  target: VitalsPage,
  profile: Profile,
): Promise<RunFigures> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.mobile,
    hasTouch: profile.mobile,
  });
  const problems: string[] = [];
  try {
    if (target.cookie) {
      const [name, value] = target.cookie.split(/=(.*)/s) as [string, string];
      await context.addCookies([{ name, value, url: baseUrl }]);
    }
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !expectedRefusal(message.text()))
        problems.push(`console: ${message.text()}`);
    });
    await page.addInitScript(OBSERVER_SCRIPT);
    const cdp = await context.newCDPSession(page);
    await throttle(cdp, profile);
    const network = watchNetwork(cdp);
    const press = (target: Locator) => (profile.mobile ? target.tap() : target.click());

    await page.goto(`${baseUrl}${target.path}`);
    await target.ready(page);
    await settle(page, network);
    const loaded = await read(page);
    const bytes = network.bytes();
    const requests = network.requests();

    await target.use(page, press);
    await settle(page, network);
    const used = await read(page);
    if (used.interactionCount === 0) throw new Error(`no interaction was counted on ${target.path}`);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const shifts = layoutShiftScore(used.shifts);
    return {
      bytes,
      requests,
      lcpMs: loaded.lcp?.ms ?? null,
      lcpElement: loaded.lcp?.element ?? '',
      cls: shifts.score,
      clsSources: shifts.sources,
      inpMs: Math.max(0, ...used.interactions),
    };
  } finally {
    await context.close();
  }
}
