/**
 * What Fluent UI v9 needs from a browser that jsdom lacks (ResizeObserver, matchMedia, scrollIntoView), and
 * Testing Library's cleanup between tests (vitest runs without globals, so it is not registered by itself).
 * Imported first by the check and settings view tests, which render through `renderInPane`.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, configure, render, type RenderResult } from '@testing-library/react';
import { createElement, type ReactElement } from 'react';
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

// Role queries over a whole Fluent form are slow in jsdom on a busy machine: wait generously for what must
// appear (a limit against hangs, not a speed requirement).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});

/** Renders a view as the pane does: inside Fluent's provider (theme, portals for dialogs). */
export function renderInPane(ui: ReactElement): RenderResult {
  return render(createElement(FluentProvider, { theme: webLightTheme }, ui));
}
