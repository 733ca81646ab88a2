/**
 * The control for the network guard every end-to-end test relies on: a request to a host other than localhost,
 * made on purpose from the page, is stopped and recorded. Without this, a guard that matched nothing would
 * let every test pass.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { guardedPage, launchChromium } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('stops and records a deliberate request to an outside host, and lets localhost through', async () => {
  const guarded = await guardedPage(browser);
  const { page, blocked } = guarded;
  await page.goto(inject('baseUrl'));
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://cdn.example.net/telemetry.js');
      return 'reached';
    } catch {
      return 'failed';
    }
  });
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'http://fonts.example.org/font.png';
    document.body.append(image);
  });
  await expect.poll(() => blocked.length).toBe(2);
  expect(outcome).toBe('failed');
  expect(blocked).toEqual(['https://cdn.example.net/telemetry.js', 'http://fonts.example.org/font.png']);
  // assertClean is what the other tests run after each step: here it must fail.
  expect(() => guarded.assertClean()).toThrow();
  const local = await page.evaluate(async () => (await fetch('index.html')).status);
  expect(local).toBe(200);
  await guarded.close();
});
