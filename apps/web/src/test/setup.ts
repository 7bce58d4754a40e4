import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';

// A file's first page loads its lazy route and its code cold: on a busy two-core machine that can
// take more than Testing Library's one second, so `findBy…` waits up to three before failing.
configure({ asyncUtilTimeout: 3000 });

// A test that logs an error has hidden a failure: make it fail instead, where it happened.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

// React may swallow the throw above; a call is still a failure.
afterEach(() => {
  cleanup();
  expect(console.error).not.toHaveBeenCalled();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});
