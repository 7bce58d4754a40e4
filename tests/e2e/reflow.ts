// What reflow (WCAG 1.4.10) measures: whether a page is wider than its window, and what makes it so.

export interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  /** The widest element reaching past the window's right edge, not held by a scrolling region. */
  widest: string;
}

/**
 * Runs in the page: null when the page is no wider than its window, otherwise how wide it is and
 * which element pushes it out, as a selector a developer can paste into the console.
 */
export function measureOverflow(): Overflow | null {
  const innerWidth = window.innerWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth <= innerWidth) return null;
  let widest: Element | null = null;
  let widestWidth = 0;
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    const box = element.getBoundingClientRect();
    if (box.right + window.scrollX <= innerWidth + 0.5 || box.width <= widestWidth) continue;
    // Inside a region that scrolls or clips, an element does not widen the page.
    let held = false;
    for (let a = element.parentElement; a && a !== document.body && !held; a = a.parentElement)
      held = getComputedStyle(a).overflowX !== 'visible';
    if (held) continue;
    widest = element;
    widestWidth = box.width;
  }
  const parts: string[] = [];
  for (let e = widest; e && e !== document.body && parts.length < 5; e = e.parentElement) {
    let part = e.tagName.toLowerCase();
    if (e.id) {
      parts.unshift(`${part}#${e.id}`);
      break;
    }
    const classes = Array.from(e.classList).slice(0, 2);
    if (classes.length > 0) part += `.${classes.join('.')}`;
    const siblings = e.parentElement ? Array.from(e.parentElement.children) : [];
    const same = siblings.filter((s) => s.tagName === e!.tagName);
    if (same.length > 1) part += `:nth-of-type(${same.indexOf(e) + 1})`;
    parts.unshift(part);
  }
  const box = widest?.getBoundingClientRect();
  return {
    scrollWidth,
    innerWidth,
    widest: widest
      ? `${parts.join(' > ')} (${Math.round(box!.width)} px wide, right edge at ${Math.round(box!.right + window.scrollX)} px)`
      : 'none found',
  };
}
