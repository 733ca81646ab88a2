/**
 * Hand-built .docx packages for the reader's tests: WordprocessingML written out, zipped with fflate, so a
 * test states exactly the XML it reads.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface DocxParts {
  /** The inside of `w:body`. */
  body: string;
  /** The inside of `w:styles`. */
  styles?: string;
  /** The inside of `w:numbering`. */
  numbering?: string;
  /** Header and footer contents (inside `w:hdr` / `w:ftr`), referenced from the body's section properties. */
  headers?: string[];
  footers?: string[];
  /** The inside of `w:footnotes`. */
  footnotes?: string;
  /** More entries, raw. */
  extra?: Zippable;
  /** Leave out `_rels/.rels` (the reader must fall back to word/document.xml). */
  noPackageRels?: boolean;
}

/** A paragraph with one run of text. */
export const p = (text: string, pPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** WordprocessingML root attributes. */
export const ROOT_NS = `xmlns:w="${W_NS}" xmlns:r="${R_NS}"`;

/**
 * Zips the parts into a .docx.
 * @example buildDocx({ body: p('Hej') })
 */
export function buildDocx(parts: DocxParts): Uint8Array {
  const rels: string[] = [];
  const files: Zippable = {};
  const overrides: string[] = [];
  const add = (name: string, type: string, relType: string, xml: string, id: string) => {
    files[`word/${name}`] = strToU8(DECL + xml);
    overrides.push(`<Override PartName="/word/${name}" ContentType="${type}"/>`);
    rels.push(`<Relationship Id="${id}" Type="${REL}/${relType}" Target="${name}"/>`);
  };
  if (parts.styles !== undefined) {
    add(
      'styles.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
      'styles',
      `<w:styles ${ROOT_NS}>${parts.styles}</w:styles>`,
      'rIdStyles',
    );
  }
  if (parts.numbering !== undefined) {
    add(
      'numbering.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
      'numbering',
      `<w:numbering ${ROOT_NS}>${parts.numbering}</w:numbering>`,
      'rIdNumbering',
    );
  }
  if (parts.footnotes !== undefined) {
    add(
      'footnotes.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
      'footnotes',
      `<w:footnotes ${ROOT_NS}>${parts.footnotes}</w:footnotes>`,
      'rIdFootnotes',
    );
  }
  const refs: string[] = [];
  (parts.headers ?? []).forEach((xml, i) => {
    add(
      `header${i + 1}.xml`,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
      'header',
      `<w:hdr ${ROOT_NS}>${xml}</w:hdr>`,
      `rIdH${i + 1}`,
    );
    refs.push(`<w:headerReference w:type="${i === 0 ? 'default' : 'first'}" r:id="rIdH${i + 1}"/>`);
  });
  (parts.footers ?? []).forEach((xml, i) => {
    add(
      `footer${i + 1}.xml`,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
      'footer',
      `<w:ftr ${ROOT_NS}>${xml}</w:ftr>`,
      `rIdF${i + 1}`,
    );
    refs.push(`<w:footerReference w:type="${i === 0 ? 'default' : 'first'}" r:id="rIdF${i + 1}"/>`);
  });
  files['word/document.xml'] = strToU8(
    `${DECL}<w:document ${ROOT_NS}><w:body>${parts.body}<w:sectPr>${refs.join('')}</w:sectPr></w:body></w:document>`,
  );
  files['word/_rels/document.xml.rels'] = strToU8(
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  if (!parts.noPackageRels) {
    files['_rels/.rels'] = strToU8(
      `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    );
  }
  files['[Content_Types].xml'] = strToU8(
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${overrides.join('')}</Types>`,
  );
  return zipSync({ ...files, ...parts.extra });
}

/** Flat OPC (what Word's getOoxml() returns) with a document body and optional styles. */
export function buildFlatOpc(body: string, styles?: string): string {
  const part = (name: string, type: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  return (
    `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    part(
      '/_rels/.rels',
      'application/vnd.openxmlformats-package.relationships+xml',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ) +
    part(
      '/word/document.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      `<w:document ${ROOT_NS}><w:body>${body}</w:body></w:document>`,
    ) +
    (styles === undefined
      ? ''
      : part(
          '/word/_rels/document.xml.rels',
          'application/vnd.openxmlformats-package.relationships+xml',
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
        ) +
        part(
          '/word/styles.xml',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
          `<w:styles ${ROOT_NS}>${styles}</w:styles>`,
        )) +
    `</pkg:package>`
  );
}
