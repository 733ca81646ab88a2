/**
 * The add-in's pages in dist/, built by webpack in production mode when dist/ is older than the sources, so a
 * build that `.ci/run` (or the developer) just made is reused.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The newest modification time of the files under `path`. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/**
 * Builds dist/ unless its index.html is newer than src/, assets/, the webpack config and the lockfile.
 * @example ensureBuilt(join(ROOT, 'dist'))
 */
export function ensureBuilt(dist: string): void {
  const page = join(dist, 'index.html');
  const sources = Math.max(
    ...['src', 'assets', 'webpack.config.js', 'package-lock.json'].map((p) => newest(join(ROOT, p))),
  );
  if (existsSync(page) && statSync(page).mtimeMs >= sources) return;
  console.log('dist/ is older than the sources: building the pages (webpack --mode production)');
  execFileSync('npx', ['webpack', '--mode', 'production', '--output-path', dist], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
