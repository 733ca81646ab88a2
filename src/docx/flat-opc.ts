/**
 * The flat OPC reader: the XML Word's `getOoxml()` returns (or a bare `w:document`) to a `DocumentSnapshot`,
 * with the same Word-part reading as the .docx reader. Word's adapter imports this module rather than read.ts,
 * so the zip code (zip.ts, fflate) stays out of its chunk; test/docx/flat-opc-imports.test.ts checks that.
 */
import type { DocumentSnapshot } from '../check/types';
import { mb, readError } from './errors';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { rootElement } from './names';
import { Numbering } from './numbering';
import { FlatPackage } from './opc';
import { readStyles } from './styles';
import { ParagraphCollector } from './wordml';
import { readPackage, snapshotOf } from './word-package';
import { decodeXmlBytes, nameOf, parseXml } from './xml';

/**
 * Reads flat OPC XML as Word's `getOoxml()` returns it (or a bare `w:document`), so Word and the CLI share
 * one reader.
 * @example readFlatOpc(await range.getOoxml()).paragraphs
 */
export function readFlatOpc(xml: string, limits: Partial<ReadLimits> = {}): DocumentSnapshot {
  return readXml(xml, { ...DEFAULT_LIMITS, ...limits });
}

/**
 * Reads XML bytes or text: a flat OPC package or a bare `w:document`.
 * @example readXml('<w:document ...><w:body>...</w:body></w:document>', DEFAULT_LIMITS).paragraphs
 */
export function readXml(source: string | Uint8Array, limits: ReadLimits): DocumentSnapshot {
  const xml = typeof source === 'string' ? source : decodeXmlBytes(source);
  if (xml.length > limits.maxPartBytes) {
    throw readError('partTooLarge', 'XML', mb(xml.length), mb(limits.maxPartBytes));
  }
  const nodes = parseXml(xml, 'XML', limits);
  const root = rootElement(nodes);
  if (!root) throw readError('notWordXml');
  if (FlatPackage.isPackage(root)) return readPackage(new FlatPackage(root), limits);
  if ((nameOf(root) ?? '').split(':').pop() === 'document') {
    const collector = new ParagraphCollector(readStyles(undefined), new Numbering(() => undefined), limits);
    collector.addPart(root, 'body');
    return snapshotOf(collector);
  }
  throw readError('notWordXml');
}
