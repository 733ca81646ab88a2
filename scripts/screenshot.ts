/**
 * The README's picture of the pane (`npm run screenshot`): the preview in headless Chromium with the sample
 * letter checked and the findings added as comments, saved as docs/images/pane.png. Builds dist/ first when it
 * is older than the sources; SCREENSHOT_DIST names a folder already built.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PREVIEW_STRINGS as P } from '../src/preview/strings';
import { STRINGS } from '../src/taskpane/strings';
import { CHECK_STRINGS as C } from '../src/taskpane/strings-check';
import { ensureBuilt, ROOT } from './browser/build';
import { launchChromium } from './browser/chromium';
import { serveStatic } from './browser/static-server';

const dist = process.env.SCREENSHOT_DIST ? resolve(process.env.SCREENSHOT_DIST) : join(ROOT, 'dist');
if (!process.env.SCREENSHOT_DIST) ensureBuilt(dist);
const out = join(ROOT, 'docs', 'images', 'pane.png');

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' });
  // The preview never needs the network; nothing outside localhost is let through.
  await page.route('**/*', (route) =>
    new URL(route.request().url()).hostname === 'localhost' ? route.continue() : route.abort(),
  );
  await page.goto(server.url);
  await page.getByRole('button', { name: P.sample }).click();
  const pane = page.getByRole('main');
  await pane.getByRole('tab', { name: STRINGS.tabs.check }).click();
  await pane.getByRole('button', { name: C.run }).click();
  await pane.getByRole('heading', { name: C.resultHeading }).waitFor();
  await pane.getByRole('button', { name: C.annotate }).click();
  await page
    .getByRole('list', { name: /^Kommentarer til afsnit/ })
    .first()
    .waitFor();
  // The first comment's paragraph in view, so the picture shows the margin too.
  await page
    .getByRole('list', { name: /^Kommentarer til afsnit/ })
    .first()
    .evaluate((element) => element.scrollIntoView({ block: 'center' }));
  // The pane from its top: tabs, the result and the first findings.
  await pane.evaluate((element) => element.closest('div')?.parentElement?.scrollTo(0, 0));
  await page.waitForTimeout(300);
  mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
