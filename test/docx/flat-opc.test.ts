/**
 * src/docx/flat-opc.ts is what Word's adapter needs (getOoxml() returns flat OPC XML, never a zip): its import
 * graph must not reach the zip code (zip.ts, fflate), or every Word user downloads an unzipper for nothing.
 * The graph is the one a bundler follows: esbuild bundles the module and its metafile lists every file it
 * read. The .docx reader (read.ts) is the control: it does reach them, so the test can fail.
 */
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as docx from '../../src/docx';
import { readFlatOpc } from '../../src/docx/flat-opc';
import * as read from '../../src/docx/read';
import { buildFlatOpc, p } from '../support/docx-xml';

const root = resolve(import.meta.dirname, '..', '..');

/** Every file (project-relative, forward slashes) a bundle of the entry reads. */
async function importGraph(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    absWorkingDir: root,
  });
  return Object.keys(result.metafile.inputs).map((path) => path.replace(/\\/g, '/'));
}

const zipCode = (files: string[]) =>
  files.filter((file) => file === 'src/docx/zip.ts' || /(^|\/)node_modules\/fflate\//.test(file));

describe('flat-opc.ts: the flat OPC reader without the zip code', () => {
  it('imports neither zip.ts nor fflate', async () => {
    const files = await importGraph('src/docx/flat-opc.ts');
    expect(files).toContain('src/docx/flat-opc.ts');
    expect(files).toContain('src/docx/word-package.ts');
    expect(zipCode(files)).toEqual([]);
  });

  it('the control: the .docx reader (read.ts) does import zip.ts and fflate', async () => {
    const files = await importGraph('src/docx/read.ts');
    expect(zipCode(files)).toContain('src/docx/zip.ts');
    expect(zipCode(files).some((file) => file.includes('node_modules/fflate/'))).toBe(true);
  });

  it('is the readFlatOpc that read.ts and the docx index export, and reads flat OPC', () => {
    expect(read.readFlatOpc).toBe(readFlatOpc);
    expect(docx.readFlatOpc).toBe(readFlatOpc);
    const snapshot = readFlatOpc(buildFlatOpc(p('Afgørelse') + p('Vi afslår din anmodning.')));
    expect(snapshot.paragraphs.map((x) => x.text)).toEqual(['Afgørelse', 'Vi afslår din anmodning.']);
  });
});
