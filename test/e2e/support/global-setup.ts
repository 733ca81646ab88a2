/**
 * Before the end-to-end tests: a production build of the add-in's pages in dist/ (reused when it is newer than
 * every source, so `.ci/run`'s build is not repeated), served from Node on a free localhost port. E2E_DIST
 * names another folder already built (then nothing is built).
 */
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuilt, ROOT } from '../../../scripts/browser/build';
import { serveStatic } from '../../../scripts/browser/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served preview, ending in "/". */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.E2E_DIST;
  const dist = given ? resolve(given) : join(ROOT, 'dist');
  if (!given) ensureBuilt(dist);
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
