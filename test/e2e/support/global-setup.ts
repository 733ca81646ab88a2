/**
 * Before the end-to-end tests: a production build of the add-in's pages in dist/ (reused when it is newer than
 * every source, so `.ci/run`'s build is not repeated), served from Node on a free localhost port. E2E_DIST
 * names another folder already built (then nothing is built).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/browser/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served preview, ending in "/". */
    baseUrl: string;
  }
}

const root = resolve(import.meta.dirname, '../../..');

/** The newest modification time of the files under `path`. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

function ensureBuilt(dist: string): void {
  const page = join(dist, 'index.html');
  const sources = Math.max(
    ...['src', 'assets', 'webpack.config.js', 'package-lock.json'].map((p) => newest(join(root, p))),
  );
  if (existsSync(page) && statSync(page).mtimeMs >= sources) return;
  console.log('e2e: dist/ is older than the sources; building the pages (webpack --mode production)');
  execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: 'inherit' });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.E2E_DIST;
  const dist = given ? resolve(given) : join(root, 'dist');
  if (!given) ensureBuilt(dist);
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
