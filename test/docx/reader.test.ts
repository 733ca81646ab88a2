import { describe, expect, it } from 'vitest';
import { readFlatOpc, readLetter } from '../../src/docx';
import type { DocumentSnapshot } from '../../src/check/types';
import { buildDocx, buildFlatOpc, p, ROOT_NS } from '../support/docx-xml';

const read = (bytes: Uint8Array): DocumentSnapshot => readLetter(bytes, { fileName: 'brev.docx' });
const texts = (snapshot: DocumentSnapshot) => snapshot.paragraphs.map((x) => x.text);

const STYLES = `
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="Overskrift 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Afsnitstitel"><w:name w:val="Afsnitstitel"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Underafsnit"><w:name w:val="Underafsnit"/><w:basedOn w:val="Afsnitstitel"/></w:style>
  <w:style w:type="paragraph" w:styleId="Lovtekst"><w:name w:val="Lovtekst"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/></w:style>`;

const NUMBERING = `
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>`;

const numPr = (numId: number, ilvl = 0) =>
  `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

describe('text', () => {
  it('keeps digits as text and preserved spaces, soft hyphens and non-breaking spaces as they are', () => {
    const doc = read(buildDocx({ body: p(' 010190 ') + p('offentlig\u00adheds\u00adloven §\u00a030') }));
    expect(texts(doc)).toEqual([' 010190 ', 'offentlig\u00adheds\u00adloven §\u00a030']);
  });

  it('decodes the predefined entities and character references, and leaves other references alone', () => {
    const doc = read(
      buildDocx({ body: p('A &amp; B &lt;C&gt; &#xA0;&#167; &quot;x&quot; &apos;y&apos; &foo;') }),
    );
    expect(texts(doc)).toEqual(['A & B <C> \u00a0§ "x" \'y\' &foo;']);
  });

  it('joins runs and reads tabs, line breaks and Word hyphens', () => {
    const body =
      '<w:p><w:r><w:t>Jf.</w:t><w:tab/><w:t xml:space="preserve"> §</w:t></w:r><w:r><w:softHyphen/><w:noBreakHyphen/><w:br/><w:t>30</w:t><w:br w:type="page"/></w:r></w:p>';
    expect(texts(read(buildDocx({ body })))).toEqual(['Jf.\t §\u00ad\u2011\n30']);
  });

  it('counts tracked insertions as text, leaves deletions out, and says so', () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Vi </w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>imødekommer</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="a"><w:r><w:t>afslår</w:t></w:r></w:ins><w:moveFrom w:id="3"><w:r><w:t>flyttet</w:t></w:r></w:moveFrom>' +
      '<w:r><w:t xml:space="preserve"> din anmodning.</w:t></w:r></w:p>';
    const doc = read(buildDocx({ body }));
    expect(texts(doc)).toEqual(['Vi afslår din anmodning.']);
    expect(doc.trackedChanges).toBe(true);
    expect(read(buildDocx({ body: p('Uden ændringer') })).trackedChanges).toBeUndefined();
  });

  it('reads field results, not field instructions, for complex and simple fields', () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Dato: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d. MMMM yyyy" </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>10. marts 2025</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>';
    expect(texts(read(buildDocx({ body })))).toEqual(['Dato: 10. marts 2025', '3']);
  });

  it('keeps empty paragraphs, as Word counts them', () => {
    expect(texts(read(buildDocx({ body: p('a') + '<w:p/>' + p('b') })))).toEqual(['a', '', 'b']);
  });
});

describe('styles and headings', () => {
  it('takes heading levels from built-in, localised and outline-level styles, through basedOn', () => {
    const body =
      p('Afgørelse', '<w:pStyle w:val="Heading1"/>') +
      p('Begrundelse', '<w:pStyle w:val="Overskrift2"/>') +
      p('Vurdering', '<w:pStyle w:val="Underafsnit"/>') +
      p('Brødtekst') +
      p('Direkte', '<w:outlineLvl w:val="3"/>');
    const doc = read(buildDocx({ body, styles: STYLES }));
    expect(doc.paragraphs.map((x) => [x.style, x.headingLevel])).toEqual([
      ['Heading 1', 1],
      ['Overskrift 2', 2],
      ['Underafsnit', 3],
      ['Normal', undefined],
      ['Normal', 4],
    ]);
  });

  it('recognises a localised heading by its style id when styles.xml is missing', () => {
    const doc = read(buildDocx({ body: p('Afgørelse', '<w:pStyle w:val="Overskrift1"/>') }));
    expect(doc.paragraphs[0]).toMatchObject({ style: 'Overskrift1', headingLevel: 1 });
  });
});

describe('numbering', () => {
  it('labels list paragraphs as Word shows them, restarting deeper levels', () => {
    const body =
      p('første', numPr(1)) +
      p('under a', numPr(1, 1)) +
      p('under b', numPr(1, 1)) +
      p('anden', numPr(1)) +
      p('under a igen', numPr(1, 1)) +
      p('kapitel', numPr(2)) +
      p('afsnit', numPr(2, 1)) +
      p('punkt', numPr(3)) +
      p('romertal', numPr(4)) +
      p('fra typografien', '<w:pStyle w:val="Lovtekst"/>') +
      p('slået fra', numPr(0));
    const doc = read(buildDocx({ body, styles: STYLES, numbering: NUMBERING }));
    expect(doc.paragraphs.map((x) => x.listLabel)).toEqual([
      '1)',
      'a.',
      'b.',
      '2)',
      'a.',
      '1.',
      '1.1.',
      '•',
      'IV.',
      '3)',
      undefined,
    ]);
  });
});

describe('tables', () => {
  it('gives each cell paragraph its table, row and cell', () => {
    const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;
    const body =
      p('Aktliste') +
      `<w:tbl><w:tr>${cell('Nr.')}${cell('Dokument')}</w:tr><w:tr>${cell('1')}<w:tc>${p('Notat')}${p('bilag')}</w:tc></w:tr>` +
      `<w:tr><w:trPr><w:del w:id="9" w:author="a"/></w:trPr>${cell('slettet')}${cell('række')}</w:tr></w:tbl>` +
      `<w:tbl><w:tr>${cell('anden tabel')}</w:tr></w:tbl>`;
    const doc = read(buildDocx({ body }));
    expect(doc.paragraphs.map((x) => [x.text, x.table])).toEqual([
      ['Aktliste', undefined],
      ['Nr.', { table: 0, row: 0, cell: 0 }],
      ['Dokument', { table: 0, row: 0, cell: 1 }],
      ['1', { table: 0, row: 1, cell: 0 }],
      ['Notat', { table: 0, row: 1, cell: 1 }],
      ['bilag', { table: 0, row: 1, cell: 1 }],
      ['anden tabel', { table: 1, row: 0, cell: 0 }],
    ]);
    expect(doc.trackedChanges).toBe(true);
  });
});

describe('content controls', () => {
  const sdt = (tag: string, content: string) =>
    `<w:sdt><w:sdtPr><w:alias w:val="x"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

  it('gives paragraphs in an aktindsigt: control its block id, and ignores other controls', () => {
    const body =
      sdt('aktindsigt:complaint-guidance', p('Klagevejledning') + p('Du kan klage.')) +
      sdt('kunde:felt', p('Fremmed')) +
      sdt('aktindsigt:reasoning-offl-30-1', sdt('aktindsigt:inner', p('Indre')) + p('Ydre')) +
      '<w:p><w:r><w:t xml:space="preserve">Dato: </w:t></w:r>' +
      sdt('aktindsigt:date', '<w:r><w:t>10. marts 2025</w:t></w:r>') +
      '</w:p>';
    const doc = read(buildDocx({ body }));
    expect(doc.paragraphs.map((x) => [x.text, x.blockId])).toEqual([
      ['Klagevejledning', 'complaint-guidance'],
      ['Du kan klage.', 'complaint-guidance'],
      ['Fremmed', undefined],
      ['Indre', 'inner'],
      ['Ydre', 'reasoning-offl-30-1'],
      ['Dato: 10. marts 2025', 'date'],
    ]);
  });
});

describe('regions', () => {
  it('reads headers, footers and footnotes as their own regions before the body', () => {
    const footnotes =
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      `<w:footnote w:id="1">${p('Jf. vejledningen.')}</w:footnote>`;
    const body = '<w:p><w:r><w:t>Vi afslår.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>';
    const doc = read(
      buildDocx({
        body,
        footnotes,
        headers: [p('Eksempel Kommune') + p('10. marts 2025')],
        footers: [p('Side 1')],
      }),
    );
    expect(doc.paragraphs.map((x) => [x.region, x.text])).toEqual([
      ['header', 'Eksempel Kommune'],
      ['header', '10. marts 2025'],
      ['footer', 'Side 1'],
      ['footnote', 'Jf. vejledningen.'],
      ['body', 'Vi afslår.'],
    ]);
  });

  it('reads text boxes in drawings, once, after their paragraph', () => {
    const box = `<w:txbxContent>${p('I tekstfeltet')}</w:txbxContent>`;
    const body =
      `<w:p><w:r><w:t>Før</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
      `<mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="urn:wps"><wps:txbx>${box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox xmlns:v="urn:v">${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(texts(read(buildDocx({ body })))).toEqual(['Før', 'I tekstfeltet']);
  });
});

describe('packages', () => {
  it('finds word/document.xml when the package has no relationships', () => {
    expect(texts(read(buildDocx({ body: p('Hej'), noPackageRels: true })))).toEqual(['Hej']);
  });

  it('reads any namespace prefix the document binds', () => {
    const xml = `<?xml version="1.0"?><ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p><ns0:r><ns0:t>Præfiks</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`;
    expect(texts(readFlatOpc(xml))).toEqual(['Præfiks']);
  });

  it('reads flat OPC as getOoxml() returns it, with styles', () => {
    const xml = buildFlatOpc(p('Afgørelse', '<w:pStyle w:val="Heading1"/>') + p('Vi afslår.'), STYLES);
    const doc = readFlatOpc(xml);
    expect(doc.paragraphs.map((x) => [x.text, x.headingLevel])).toEqual([
      ['Afgørelse', 1],
      ['Vi afslår.', undefined],
    ]);
    expect(texts(readLetter(new TextEncoder().encode(xml), { fileName: 'brev.xml' }))).toEqual(texts(doc));
  });

  it('reads the same text from the .docx and the flat OPC of one body', () => {
    const body = p('Første') + `<w:tbl><w:tr><w:tc>${p('celle')}</w:tc></w:tr></w:tbl>` + p('Sidste');
    expect(texts(readFlatOpc(buildFlatOpc(body)))).toEqual(texts(read(buildDocx({ body }))));
  });

  it('never reads a document root it does not know', () => {
    expect(() => readFlatOpc(`<html ${ROOT_NS}><body/></html>`)).toThrow(
      expect.objectContaining({ code: 'notWordXml' }),
    );
  });
});

describe('plain text and Markdown', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it('splits on line breaks and blank lines, with or without a BOM', () => {
    const text = 'Afgørelse\r\n\r\nVi afslår din anmodning.\nMed venlig hilsen\r';
    const expected = ['Afgørelse', 'Vi afslår din anmodning.', 'Med venlig hilsen'];
    expect(texts(readLetter(enc(text), { fileName: 'a.txt' }))).toEqual(expected);
    expect(texts(readLetter(enc(`\uFEFF${text}`), { fileName: 'a.txt' }))).toEqual(expected);
  });

  it('detects Windows-1252 and converts it', () => {
    const bytes = new Uint8Array(
      [...'Afg']
        .map((c) => c.charCodeAt(0))
        .concat([0xf8, 0x72, 0x65, 0x6c, 0x73, 0x65, 0x20, 0xa7, 0x20, 0x33, 0x30]),
    );
    expect(texts(readLetter(bytes, { fileName: 'a.txt' }))).toEqual(['Afgørelse § 30']);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const body = 'Afgørelse\nÆblegrød';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) bytes[2 + i * 2] = body.charCodeAt(i);
    expect(texts(readLetter(bytes, { fileName: 'a.txt' }))).toEqual(['Afgørelse', 'Æblegrød']);
  });

  it('reads Markdown headings, bullets and bold lines, and keeps a date that starts a line', () => {
    const md = '# Afgørelse\n\n**Begrundelse**\n\n- dokument 1\n* dokument 2\n\n---\n\n1. april 2025\n';
    const doc = readLetter(enc(md), { fileName: 'brev.md' });
    expect(doc.paragraphs).toEqual([
      { text: 'Afgørelse', headingLevel: 1 },
      { text: 'Begrundelse' },
      { text: 'dokument 1', listLabel: '•' },
      { text: 'dokument 2', listLabel: '•' },
      { text: '1. april 2025' },
    ]);
  });
});
