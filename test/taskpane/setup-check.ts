/**
 * What Fluent UI v9 needs from a browser that jsdom lacks (ResizeObserver, matchMedia, scrollIntoView), and
 * Testing Library's cleanup between tests (vitest runs without globals, so it is not registered by itself).
 * Imported first by the check and settings view tests.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined') {
  if (!('ResizeObserver' in window)) {
    Object.assign(window, { ResizeObserver: NoopResizeObserver });
    Object.assign(globalThis, { ResizeObserver: NoopResizeObserver });
  }
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
}

afterEach(() => {
  cleanup();
});
