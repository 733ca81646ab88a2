// Layer rules (DESIGN.md, "The house"): each layer imports only from the layers listed for it.
// Checked by `npm run arch` and by test/architecture.test.ts.
const ALLOWED = {
  law: [],
  grounds: ['law'],
  letter: ['grounds', 'law'],
  check: ['letter', 'grounds', 'law'],
  docx: ['check', 'letter', 'grounds', 'law'],
  // The DocumentPort contract every host implements and the task pane speaks to: types and pure helpers.
  port: ['check', 'letter', 'grounds', 'law'],
  word: ['port', 'docx', 'check', 'letter', 'grounds', 'law'],
  preview: ['port', 'docx', 'check', 'letter', 'grounds', 'law'],
  taskpane: ['port', 'word', 'preview', 'docx', 'check', 'letter', 'grounds', 'law'],
  commands: ['port', 'word', 'docx', 'check', 'letter', 'grounds', 'law'],
  cli: ['docx', 'check', 'letter', 'grounds', 'law'],
};
const LAYERS = Object.keys(ALLOWED);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...LAYERS.map((layer) => {
      const forbidden = LAYERS.filter((other) => other !== layer && !ALLOWED[layer].includes(other));
      return {
        name: `layer-${layer}`,
        comment: `src/${layer} may import only from: ${ALLOWED[layer].join(', ') || 'nothing else in src'}`,
        severity: 'error',
        from: { path: `(^|/)src/${layer}/` },
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
