import type { ReactNode } from 'react';

/** A wide table that scrolls sideways by itself on a narrow screen; named so its focus stop makes sense. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so it can be scrolled by keyboard
    <section className="app-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
