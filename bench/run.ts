/**
 * Runs the project's benchmarks (`npm run bench`). Each benchmark module registers its tasks on a fresh
 * tinybench `Bench` and may print derived figures afterwards; to add one, import it and list it in MODULES.
 * `npm run bench -- pane aktliste` runs only the modules named (by their key in MODULES), in that order.
 */
import { Bench } from 'tinybench';
import * as aktliste from './aktliste.bench';
import * as check from './check.bench';
import * as citations from './citations.bench';
import * as compose from './compose.bench';
import * as docx from './docx.bench';
import * as pane from './pane';
import * as word from './word.bench';

export interface BenchModule {
  /** Printed above the module's results. */
  title: string;
  /** Adds the module's tasks. */
  register(bench: Bench): void;
  /** Prints figures derived from the results, such as how cost grows with input size (may measure more). */
  report?(meanMs: (taskName: string) => number): void | Promise<void>;
}

const MODULES: Record<string, BenchModule> = { citations, compose, check, docx, word, aktliste, pane };

/** The modules named on the command line, or all of them. */
function selected(names: readonly string[]): BenchModule[] {
  const unknown = names.filter((name) => !(name in MODULES));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown bench module ${unknown.join(', ')}; the modules are ${Object.keys(MODULES).join(', ')}`,
    );
  }
  return names.length === 0 ? Object.values(MODULES) : names.map((name) => MODULES[name] as BenchModule);
}

/** The mean latency of a finished task, in milliseconds. */
function meanOf(bench: Bench, taskName: string): number {
  const result = bench.getTask(taskName)?.result;
  if (!result || !('latency' in result)) throw new Error(`Benchmark task "${taskName}" has no result`);
  return result.latency.mean;
}

for (const module of selected(process.argv.slice(2))) {
  const bench = new Bench({ name: module.title, time: 2000, warmupTime: 500, throws: true });
  module.register(bench);
  await bench.run();
  console.log(`\n${module.title}`);
  console.table(bench.table());
  await module.report?.((taskName) => meanOf(bench, taskName));
}
