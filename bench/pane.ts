/**
 * The task pane's weight and first render, beside the smallest Fluent UI v9 + React app (one button) built by
 * the same webpack config. Both are built in production mode into temporary folders, served from Node on
 * localhost and opened in Debian's Chromium (headless) five times each, interleaved, each time in a fresh
 * browser context (empty cache).
 *
 * - JavaScript before the first render: every script response in the browser's network log
 *   (`page.on('response')`) whose request started before the first render, counted as sent (raw) and gzipped
 *   (level 9, what a static server would send). Lazy chunks requested later (Kontrol, Indstillinger, the .docx
 *   reader) do not count.
 * - First render: `performance.now()` in the page when the pane's tab list (for the one-button app: its button)
 *   is in the document with a layout box, read by a MutationObserver installed before any script runs.
 *
 * The pane is measured twice: in the browser preview (src/preview), which adds its document view, toolbar and
 * sample letter to the pane, and as Word loads it, from taskpane.html. Office's office.js (Microsoft's, not ours,
 * not counted) cannot load here: its request is aborted, so the entry point finds no Office host and runs the
 * pane on the in-memory port, exactly the code Word runs minus the Word adapter's own chunk. The budget applies
 * to the pane as Word loads it; the preview's figure is an upper bound.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Browser } from 'playwright-core';
import type { Bench } from 'tinybench';
import webpack, { type Configuration } from 'webpack';
import { launchChromium } from '../scripts/browser/chromium';
import { serveStatic } from '../scripts/browser/static-server';

export const title =
  'Task pane: JavaScript before the first render and first render time (headless Chromium)';

const root = resolve(import.meta.dirname, '..');
const RUNS = 5;
/** The budget for the pane's JavaScript before its first render, gzipped (issue 7). */
export const BUDGET_GZIP_BYTES = 200 * 1024;

type ConfigFunction = (env: unknown, argv: { mode: string }) => Configuration;

/**
 * The project's production config, optionally with another entry page in place of the add-in's three (the
 * one-button app here, the list reader in aktliste.bench.ts).
 */
export async function configFor(
  outDir: string,
  entry?: { script: string; template: string },
): Promise<Configuration> {
  // By URL: webpack.config.js is plain JavaScript with no type declarations.
  const { default: projectConfig } = (await import(pathToFileURL(join(root, 'webpack.config.js')).href)) as {
    default: ConfigFunction;
  };
  const config = projectConfig({}, { mode: 'production' });
  config.output = { ...config.output, path: outDir };
  config.devtool = false;
  config.infrastructureLogging = { level: 'error' };
  config.stats = 'errors-only';
  if (entry) {
    config.entry = { preview: entry.script };
    config.plugins = [new HtmlWebpackPlugin({ filename: 'index.html', template: entry.template })];
  }
  return config;
}

/** Runs webpack with the config; fails on any build error. */
export async function build(config: Configuration): Promise<void> {
  await new Promise<void>((done, fail) => {
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString('errors-only')));
      done();
    });
  });
}

interface Sample {
  renderMs: number;
  rawBytes: number;
  gzipBytes: number;
  scripts: string[];
}

/**
 * In the page before any script: the time the selector's element first has a layout box. A string, not a
 * function: tsx's transpiled functions call helpers that do not exist in the page.
 */
function watchFirstRender(selector: string): string {
  return `(() => {
    const record = () => {
      const element = document.querySelector(${JSON.stringify(selector)});
      if (!element || element.getBoundingClientRect().width === 0) return false;
      window.__firstRender = performance.now();
      return true;
    };
    const observer = new MutationObserver(() => {
      if (record()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

async function measure(browser: Browser, url: string, selector: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route('**/*', (route) =>
    new URL(route.request().url()).hostname === 'localhost' ? route.continue() : route.abort(),
  );
  const scripts: Promise<{ url: string; start: number; body: Buffer } | undefined>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response.body().then(
        (body) => ({ url: response.url(), start: response.request().timing().startTime, body }),
        // A chunk requested after the first render may still be arriving when the context closes.
        () => undefined,
      ),
    );
  });
  await page.addInitScript({ content: watchFirstRender(selector) });
  await page.goto(url);
  await page.waitForFunction(() => '__firstRender' in window);
  const { renderMs, origin } = await page.evaluate(() => ({
    renderMs: (window as unknown as { __firstRender: number }).__firstRender,
    origin: performance.timeOrigin,
  }));
  // Every request started before the first render has its response before the network is idle.
  await page.waitForLoadState('networkidle');
  const before = (await Promise.all(scripts)).filter(
    (s): s is { url: string; start: number; body: Buffer } => s !== undefined && s.start <= origin + renderMs,
  );
  await context.close();
  return {
    renderMs,
    rawBytes: before.reduce((sum, s) => sum + s.body.length, 0),
    gzipBytes: before.reduce((sum, s) => sum + gzipSync(s.body, { level: 9 }).length, 0),
    scripts: before.map((s) => new URL(s.url).pathname.slice(1)),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface PaneFigures {
  pane: { renderMs: number; rawBytes: number; gzipBytes: number; scripts: string[] };
  taskpane: { renderMs: number; rawBytes: number; gzipBytes: number; scripts: string[] };
  oneButton: { renderMs: number; rawBytes: number; gzipBytes: number; scripts: string[] };
}

/** Builds both apps, measures each RUNS times (interleaved) and gives the medians. */
export async function measurePane(): Promise<PaneFigures> {
  const work = mkdtempSync(join(tmpdir(), 'pane-bench-'));
  try {
    const paneDir = join(work, 'pane');
    const buttonDir = join(work, 'one-button');
    await build(await configFor(paneDir));
    await build(
      await configFor(buttonDir, {
        script: join(root, 'bench/fixtures/one-button/index.tsx'),
        template: join(root, 'bench/fixtures/one-button/index.html'),
      }),
    );
    const [paneServer, buttonServer] = await Promise.all([serveStatic(paneDir), serveStatic(buttonDir)]);
    const browser = await launchChromium();
    const pane: Sample[] = [];
    const taskpane: Sample[] = [];
    const button: Sample[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        pane.push(await measure(browser, paneServer.url, '[role="tablist"]'));
        taskpane.push(
          await measure(browser, new URL('taskpane.html', paneServer.url).href, '[role="tablist"]'),
        );
        button.push(await measure(browser, buttonServer.url, 'button'));
      }
    } finally {
      await browser.close();
      await Promise.all([paneServer.close(), buttonServer.close()]);
    }
    const summary = (samples: Sample[]) => ({
      renderMs: median(samples.map((s) => s.renderMs)),
      rawBytes: median(samples.map((s) => s.rawBytes)),
      gzipBytes: median(samples.map((s) => s.gzipBytes)),
      scripts: samples[0]?.scripts ?? [],
    });
    return { pane: summary(pane), taskpane: summary(taskpane), oneButton: summary(button) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Nothing for tinybench: a page load is measured whole, in the browser, by `report`. */
export function register(_bench: Bench): void {}

export async function report(): Promise<void> {
  const { pane, taskpane, oneButton } = await measurePane();
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  console.table({
    'task pane (preview)': {
      'JS before first render (gzip)': kb(pane.gzipBytes),
      'JS (raw)': kb(pane.rawBytes),
      'first render, median of 5 (ms)': pane.renderMs.toFixed(0),
      scripts: pane.scripts.length,
    },
    'task pane as Word loads it (taskpane.html)': {
      'JS before first render (gzip)': kb(taskpane.gzipBytes),
      'JS (raw)': kb(taskpane.rawBytes),
      'first render, median of 5 (ms)': taskpane.renderMs.toFixed(0),
      scripts: taskpane.scripts.length,
    },
    'one-button Fluent app': {
      'JS before first render (gzip)': kb(oneButton.gzipBytes),
      'JS (raw)': kb(oneButton.rawBytes),
      'first render, median of 5 (ms)': oneButton.renderMs.toFixed(0),
      scripts: oneButton.scripts.length,
    },
    'preview / one-button': {
      'JS before first render (gzip)': ratio(pane.gzipBytes, oneButton.gzipBytes),
      'JS (raw)': ratio(pane.rawBytes, oneButton.rawBytes),
      'first render, median of 5 (ms)': ratio(pane.renderMs, oneButton.renderMs),
      scripts: '',
    },
    'taskpane.html / one-button': {
      'JS before first render (gzip)': ratio(taskpane.gzipBytes, oneButton.gzipBytes),
      'JS (raw)': ratio(taskpane.rawBytes, oneButton.rawBytes),
      'first render, median of 5 (ms)': ratio(taskpane.renderMs, oneButton.renderMs),
      scripts: '',
    },
  });
  console.log(`Scripts before the pane's first render in the preview: ${pane.scripts.join(', ')}`);
  console.log(`Scripts before the pane's first render from taskpane.html: ${taskpane.scripts.join(', ')}`);
  const within = taskpane.gzipBytes <= BUDGET_GZIP_BYTES;
  console.log(
    `Budget ${kb(BUDGET_GZIP_BYTES)} gzip for the pane as Word loads it: ${within ? 'met' : 'EXCEEDED'} (${kb(taskpane.gzipBytes)}); aim 1.5x the one-button app: ${ratio(taskpane.gzipBytes, oneButton.gzipBytes)}. The preview, with its document view: ${kb(pane.gzipBytes)}.`,
  );
}
