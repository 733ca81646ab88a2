// Layer rules (DESIGN.md, "The house"): each layer imports only from the layers listed for it.
// Checked by `npm run arch` and by test/architecture.test.ts.
const ALLOWED = {
  law: [],
  grounds: ['law'],
  letter: ['grounds', 'law'],
  check: ['letter', 'grounds', 'law'],
  docx: ['check', 'letter', 'grounds', 'law'],
  // The document-list reader (issue 11): beside docx, which it reuses for zip limits and letters' tables.
  aktliste: ['docx', 'check', 'letter', 'grounds', 'law'],
  // The DocumentPort contract every host implements and the task pane speaks to: types and pure helpers.
  port: ['check', 'letter', 'grounds', 'law'],
  word: ['port', 'docx', 'check', 'letter', 'grounds', 'law'],
  // The pane speaks only to a DocumentPort and a ProfileStore: it never knows which host it runs in. It
  // imports the document-list reader lazily (import()), so the spreadsheet readers stay out of first render.
  taskpane: ['aktliste', 'port', 'docx', 'check', 'letter', 'grounds', 'law'],
  // The preview hosts the real pane beside its in-memory document.
  preview: ['taskpane', 'aktliste', 'port', 'docx', 'check', 'letter', 'grounds', 'law'],
  commands: ['port', 'word', 'docx', 'check', 'letter', 'grounds', 'law'],
  cli: ['aktliste', 'docx', 'check', 'letter', 'grounds', 'law'],
};
const LAYERS = Object.keys(ALLOWED);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // The pane's entry point (src/taskpane/index.tsx) is the one place that picks the host: Word's port
    // inside Office, the preview's outside it (issue 8). It may import word/ and preview/; nothing else in
    // taskpane/ may.
    ...LAYERS.map((layer) => {
      const forbidden = LAYERS.filter((other) => other !== layer && !ALLOWED[layer].includes(other));
      return {
        name: `layer-${layer}`,
        comment: `src/${layer} may import only from: ${ALLOWED[layer].join(', ') || 'nothing else in src'}`,
        severity: 'error',
        from: {
          path: `(^|/)src/${layer}/`,
          ...(layer === 'taskpane' ? { pathNot: '(^|/)src/taskpane/index\\.tsx$' } : {}),
        },
        to: { path: `(^|/)src/(${forbidden.join('|')})/` },
      };
    }),
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
