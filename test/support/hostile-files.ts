/**
 * Malformed and hostile files for the reader: the cases the issue lists (not a zip, truncated, encrypted and
 * legacy compound files, missing document.xml, DOCTYPE and entities, zip bombs by size and ratio, `..`
 * paths, 10,000+ entries, a 50 MB paragraph) and seeded mutations of valid letters (byte flips, truncations,
 * duplicated entries, damaged XML). Used by test/docx/hostile.test.ts in-process and by `npm run hostile`,
 * which runs each file through the CLI in a child process.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ReadErrorCode } from '../../src/docx';
import { buildDocx, buildFlatOpc, p } from './docx-xml';

export interface HostileFile {
  name: string;
  bytes: Uint8Array;
  /**
   * The refusal expected: a code, `refused` for any refusal, or undefined when a report is fine too
   * (mutations may give either).
   */
  expect?: ReadErrorCode | 'refused';
  /** Large cases (tens of MB) that the in-process test skips. */
  heavy?: boolean;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Declared uncompressed size in the central directory (defaults to the real one). */
  declaredSize?: number;
  method?: number;
}

/**
 * A zip written by hand (stored entries), so a test can write what fflate never would: duplicate names,
 * lying sizes, unknown methods.
 */
export function rawZip(entries: readonly RawEntry[], options: { entryCount?: number } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const crc = crc32(entry.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, entry.method ?? 0, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const header = new Uint8Array(46 + name.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, entry.method ?? 0, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.declaredSize ?? entry.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    header.set(name, 46);
    chunks.push(local, entry.data);
    central.push(header);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, options.entryCount ?? entries.length, true);
  ev.setUint16(10, options.entryCount ?? entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return concat([...chunks, ...central, end]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A compound file (MS-CFB, version 3) whose directory holds the named streams. */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const sector = 512;
  const bytes = new Uint8Array(sector * 3); // header, FAT sector 0, directory sector 1
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT chain
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, 0xffffffff, true);
  view.setUint32(0x4c, 0, true); // the FAT is sector 0
  const fat = sector; // sector 0 starts after the header
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true); // sector 0: FAT
  view.setUint32(fat + 4, 0xfffffffe, true); // sector 1: end of the directory chain
  const names = ['Root Entry', ...streams].slice(0, 4);
  names.forEach((name, i) => {
    const at = sector * 2 + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = i === 0 ? 5 : 2;
  });
  return bytes;
}

/** A deterministic pseudo-random generator (mulberry32), so the suite's mutations are the same every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text that deflate cannot squeeze much (random words), so a size limit, not the ratio limit, decides. */
function incompressible(length: number, next: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzæøå ';
  let out = '';
  const chunk: string[] = [];
  for (let i = 0; i < length; i++) {
    chunk.push(letters[Math.floor(next() * letters.length)] as string);
    if (chunk.length === 65536) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}

const LETTER = [
  p('Afgørelse'),
  p('Vi giver dig delvis aktindsigt, jf. offentlighedslovens § 30, nr. 1.'),
  `<w:tbl><w:tr><w:tc>${p('1')}</w:tc><w:tc>${p('Notat')}</w:tc></w:tr></w:tbl>`,
  p('Klagevejledning'),
  p('Du kan klage til Ankestyrelsen.'),
].join('');

/** A valid letter to mutate. */
export function validLetter(): Uint8Array {
  return buildDocx({ body: LETTER, headers: [p('Eksempel Kommune')], styles: '' });
}

function withEntry(docx: Uint8Array, name: string, text: string): Uint8Array {
  return zipSync({ ...unzipSync(docx), [name]: strToU8(text) });
}

/** The named cases. */
export function namedCases(): HostileFile[] {
  const valid = validLetter();
  const files = unzipSync(valid);
  const documentXml = new TextDecoder().decode(files['word/document.xml']);
  const xxe = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${documentXml.replace(/^<\?xml[^>]*\?>\s*/, '').replace('Afgørelse', '&xxe;')}`;
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
    Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ).join('') +
    ']>' +
    documentXml.replace(/^<\?xml[^>]*\?>\s*/, '').replace('Afgørelse', '&lol9;');
  const rawEntries = Object.entries(files).map(([name, data]) => ({ name, data }));
  const next = random(50);
  const cases: HostileFile[] = [
    { name: 'empty.docx', bytes: new Uint8Array(0), expect: 'empty' },
    { name: 'text-named-docx.docx', bytes: strToU8('Dette er ikke et Word-dokument.'), expect: 'notZip' },
    {
      name: 'png-named-docx.docx',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      expect: 'notZip',
    },
    {
      name: 'truncated-half.docx',
      bytes: valid.slice(0, Math.floor(valid.length / 2)),
      expect: 'damagedZip',
    },
    { name: 'truncated-header.docx', bytes: valid.slice(0, 10), expect: 'damagedZip' },
    {
      name: 'encrypted.docx',
      bytes: compoundFile(['EncryptionInfo', 'EncryptedPackage']),
      expect: 'encrypted',
    },
    { name: 'legacy.doc', bytes: compoundFile(['WordDocument', '1Table']), expect: 'legacyDoc' },
    { name: 'legacy-renamed.docx', bytes: compoundFile(['1Table', 'WordDocument']), expect: 'legacyDoc' },
    { name: 'workbook.docx', bytes: compoundFile(['Workbook']), expect: 'otherCompound' },
    {
      name: 'compound-damaged.docx',
      bytes: compoundFile([]).slice(0, 600).fill(0xff, 40, 600),
      expect: 'damagedCompound',
    },
    {
      name: 'no-document.docx',
      bytes: zipSync({ 'word/styles.xml': strToU8('<w:styles/>'), 'docProps/app.xml': strToU8('<x/>') }),
      expect: 'missingDocument',
    },
    { name: 'empty-zip.docx', bytes: zipSync({}), expect: 'missingDocument' },
    { name: 'xxe.docx', bytes: withEntry(valid, 'word/document.xml', xxe), expect: 'doctype' },
    { name: 'billion-laughs.docx', bytes: withEntry(valid, 'word/document.xml', laughs), expect: 'doctype' },
    {
      name: 'doctype-in-styles.docx',
      bytes: withEntry(valid, 'word/styles.xml', '<!DOCTYPE x [<!ENTITY a "b">]><w:styles/>'),
      expect: 'doctype',
    },
    {
      name: 'lowercase-doctype.docx',
      bytes: withEntry(valid, 'word/document.xml', `<!doctype x>${documentXml}`),
      expect: 'doctype',
    },
    {
      name: 'xxe-flat.xml',
      bytes: strToU8(
        buildFlatOpc(p('x')).replace(
          '<pkg:package',
          '<!DOCTYPE pkg:package [<!ENTITY x SYSTEM "file:///etc/passwd">]><pkg:package',
        ),
      ),
      expect: 'doctype',
    },
    {
      name: 'bomb-ratio.docx',
      bytes: withEntry(
        valid,
        'word/document.xml',
        documentXml.replace('Afgørelse', ' '.repeat(8 * 1024 * 1024)),
      ),
      expect: 'ratioTooHigh',
    },
    {
      name: 'bomb-declared-size.docx',
      bytes: rawZip([
        ...rawEntries.filter((e) => e.name !== 'word/media/big.bin'),
        { name: 'word/media/big.bin', data: strToU8('x'), declaredSize: 0xfff00000 },
      ]),
      expect: 'tooLargeUnpacked',
    },
    {
      name: 'part-declared-too-large.docx',
      bytes: rawZip(
        rawEntries.map((e) =>
          e.name === 'word/document.xml' ? { ...e, declaredSize: 40 * 1024 * 1024 } : e,
        ),
      ),
      expect: 'partTooLarge',
    },
    {
      name: 'part-declared-too-small.docx',
      // fflate inflates into a buffer of the declared size and stops there: the part is cut, never grown.
      bytes: zipLyingSmall(files),
      expect: 'xmlInvalid',
    },
    {
      name: 'dotdot-path.docx',
      bytes: rawZip([...rawEntries, { name: '../../evil.xml', data: strToU8('<x/>') }]),
      expect: 'unsafePath',
    },
    {
      name: 'absolute-path.docx',
      bytes: rawZip([...rawEntries, { name: '/etc/passwd', data: strToU8('x') }]),
      expect: 'unsafePath',
    },
    {
      name: 'drive-path.docx',
      bytes: rawZip([...rawEntries, { name: 'C:\\Windows\\evil.xml', data: strToU8('x') }]),
      expect: 'unsafePath',
    },
    {
      name: 'backslash-dotdot.docx',
      bytes: rawZip([...rawEntries, { name: 'word\\..\\..\\evil.xml', data: strToU8('x') }]),
      expect: 'unsafePath',
    },
    {
      name: 'ten-thousand-entries.docx',
      bytes: rawZip([
        ...rawEntries,
        ...Array.from({ length: 10_001 }, (_, i) => ({
          name: `word/media/e${i}.bin`,
          data: new Uint8Array(0),
        })),
      ]),
      expect: 'tooManyEntries',
    },
    {
      name: 'entry-count-lies.docx',
      bytes: rawZip(rawEntries, { entryCount: 0xffff }),
      expect: 'refused',
    },
    {
      name: 'duplicate-document.docx',
      bytes: rawZip([...rawEntries, { name: 'word/document.xml', data: strToU8('<w:document/>') }]),
      expect: 'duplicateEntry',
    },
    {
      name: 'duplicate-case.docx',
      bytes: rawZip([...rawEntries, { name: 'WORD/DOCUMENT.XML', data: strToU8('<w:document/>') }]),
      expect: 'duplicateEntry',
    },
    {
      name: 'unknown-method.docx',
      bytes: rawZip(rawEntries.map((e) => (e.name === 'word/document.xml' ? { ...e, method: 14 } : e))),
      expect: 'unsupportedCompression',
    },
    {
      name: 'deep-nesting.docx',
      bytes: withEntry(
        valid,
        'word/document.xml',
        documentXml.replace(
          '<w:body>',
          `<w:body>${'<w:customXml>'.repeat(5000)}${'</w:customXml>'.repeat(5000)}`,
        ),
      ),
      expect: 'xmlTooDeep',
    },
    {
      name: 'long-paragraph.docx',
      bytes: withEntry(
        valid,
        'word/document.xml',
        documentXml.replace('Afgørelse', incompressible(300_000, next)),
      ),
      expect: 'paragraphTooLong',
    },
    {
      name: 'many-empty-paragraphs.docx',
      bytes: withEntry(
        valid,
        'word/document.xml',
        documentXml.replace('<w:body>', `<w:body>${'<w:p/>'.repeat(250_000)}`),
      ),
      // Compresses ~1000:1, so the ratio limit refuses it before the paragraph limit would.
      expect: 'refused',
    },
    { name: 'binary.txt', bytes: new Uint8Array([0x41, 0, 0x42, 0, 0x43, 0xff, 0, 0]), expect: 'binaryText' },
    {
      name: 'not-word.xml',
      bytes: strToU8('<?xml version="1.0"?><html><body>Hej</body></html>'),
      expect: 'notWordXml',
    },
    {
      name: 'garbage-xml.docx',
      bytes: withEntry(valid, 'word/document.xml', '<<<>>>&&&<w:document><w:body><w:p>'),
      expect: undefined,
    },
    {
      name: 'paragraph-50mb.txt',
      bytes: strToU8(incompressible(50 * 1024 * 1024, next)),
      expect: 'textTooLong',
      heavy: true,
    },
    {
      name: 'paragraph-50mb.docx',
      bytes: withEntry(
        valid,
        'word/document.xml',
        documentXml.replace('Afgørelse', incompressible(50 * 1024 * 1024, next)),
      ),
      expect: 'partTooLarge',
      heavy: true,
    },
  ];
  return cases;
}

/** document.xml stored with a declared size smaller than its data: inflating must not grow past it. */
function zipLyingSmall(files: Record<string, Uint8Array>): Uint8Array {
  const zipped = zipSync(files as Zippable, { level: 6 });
  // Patch the central directory's uncompressed size of word/document.xml to 10 bytes.
  const view = new DataView(zipped.buffer, zipped.byteOffset, zipped.byteLength);
  const target = strToU8('word/document.xml');
  for (let at = 0; at + 46 < zipped.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = zipped.subarray(at + 46, at + 46 + nameLength);
    if (name.length === target.length && name.every((b, i) => b === target[i]))
      view.setUint32(at + 24, 10, true);
  }
  return zipped;
}

/**
 * Seeded mutations of valid letters: byte flips, truncations, duplicated entries and damaged XML.
 * @example mutations(validLetter(), 200).length // 200
 */
export function mutations(valid: Uint8Array, count: number, seed = 6): HostileFile[] {
  const next = random(seed);
  const files = unzipSync(valid);
  const names = Object.keys(files);
  const documentXml = new TextDecoder().decode(files['word/document.xml']);
  const out: HostileFile[] = [];
  for (let i = 0; out.length < count; i++) {
    const kind = i % 4;
    if (kind === 0) {
      const bytes = valid.slice();
      const flips = 1 + Math.floor(next() * 16);
      for (let f = 0; f < flips; f++) {
        const at = Math.floor(next() * bytes.length);
        bytes[at] = (bytes[at] ?? 0) ^ (1 << Math.floor(next() * 8));
      }
      out.push({ name: `flip-${i}.docx`, bytes });
    } else if (kind === 1) {
      out.push({ name: `truncate-${i}.docx`, bytes: valid.slice(0, Math.floor(next() * valid.length)) });
    } else if (kind === 2) {
      const name = names[Math.floor(next() * names.length)] as string;
      const entries = Object.entries(files).map(([n, data]) => ({ name: n, data }));
      const copy = { name, data: files[name] as Uint8Array };
      out.push({
        name: `duplicate-${i}.docx`,
        bytes: rawZip(next() < 0.5 ? [copy, ...entries] : [...entries, copy]),
      });
    } else {
      const chars = [...documentXml];
      const edits = 1 + Math.floor(next() * 8);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * chars.length);
        chars[at] = '<>&"/=! '[Math.floor(next() * 8)] as string;
      }
      out.push({ name: `xml-${i}.docx`, bytes: withEntry(valid, 'word/document.xml', chars.join('')) });
    }
  }
  return out;
}
