// What a page reports about itself, from PerformanceObservers installed before any of its own
// scripts run: the app's Content-Security-Policy forbids inline script, so the observers go in
// through Playwright's addInitScript (CDP's Page.addScriptToEvaluateOnNewDocument), which it allows.
// Plain JavaScript in a string: a function would be sent as its source, and the TypeScript loader's
// helpers (`__name`) would go with it into a page that has none.

export interface PageVitals {
  /** The last largest-contentful-paint entry: Chromium stops giving them at the first input. */
  lcp: { ms: number; element: string } | null;
  /** Layout shifts not caused by a recent input, with what moved. */
  shifts: { at: number; value: number; sources: string[] }[];
  /** Each interaction's longest event (Event Timing: from the input to the next paint), ms. */
  interactions: number[];
  /** Interactions Chromium counted, also those under Event Timing's 16 ms threshold. */
  interactionCount: number;
  /** Entries seen so far, of every kind: unchanged for a while means the page has settled. */
  entries: number;
  /** Requests the page made (resource timing), also for settling. */
  resources: number;
}

export const VITALS_GLOBAL = '__ragboardVitals';

export const OBSERVER_SCRIPT = `(() => {
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName.toLowerCase() : '(removed)';
    const id = node.id ? '#' + node.id : '';
    const cls = node.classList.length ? '.' + [...node.classList].slice(0, 2).join('.') : '';
    const text = (node.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    return node.nodeName.toLowerCase() + id + cls + (text ? ' "' + text + '"' : '');
  };
  const state = { lcp: null, shifts: [], interactions: new Map(), entries: 0 };
  const watch = (type, take, extra) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          state.entries += 1;
          take(entry);
        }
      }).observe(Object.assign({ type, buffered: true }, extra));
    } catch (error) {
      state.unsupported = (state.unsupported || []).concat(type);
    }
  };
  watch('largest-contentful-paint', (e) => {
    state.lcp = { ms: e.startTime, element: describe(e.element) };
  });
  watch('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    state.shifts.push({ at: e.startTime, value: e.value, sources: (e.sources || []).map((s) => describe(s.node)) });
  });
  watch('event', (e) => {
    if (!e.interactionId) return;
    state.interactions.set(e.interactionId, Math.max(state.interactions.get(e.interactionId) || 0, e.duration));
  }, { durationThreshold: 16 });
  window.${VITALS_GLOBAL} = () => {
    if (state.unsupported) throw new Error('This browser does not report ' + state.unsupported.join(', '));
    return {
      lcp: state.lcp,
      shifts: state.shifts,
      interactions: [...state.interactions.values()],
      interactionCount: performance.interactionCount || 0,
      entries: state.entries,
      resources: performance.getEntriesByType('resource').length,
    };
  };
})();`;
