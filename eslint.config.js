// Layering (VS Code style): each layer may import only the layers listed for it.
// core is pure domain: no adapters, no exceljs / Office / React / Node I/O.
const tseslint = require('typescript-eslint');

const LAYERS = {
  core: [],
  xlsx: ['core'],
  excel: ['core'],
  functions: ['core'],
  cli: ['core', 'xlsx'],
  taskpane: ['core', 'excel'],
};
const ALL = Object.keys(LAYERS);
const NODE_IO = ['fs', 'fs/promises', 'node:fs', 'node:fs/promises', 'child_process', 'node:child_process', 'http', 'https', 'net', 'node:http', 'node:https', 'node:net'];
const FORBIDDEN_PACKAGES = {
  core: ['exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js', ...NODE_IO],
  xlsx: ['react', 'react-dom', '@fluentui/*', '@microsoft/office-js'],
  excel: ['exceljs', 'react', 'react-dom', ...NODE_IO],
  functions: ['exceljs', 'react', 'react-dom', ...NODE_IO],
  cli: ['react', 'react-dom', '@fluentui/*'],
  taskpane: ['exceljs', ...NODE_IO],
};

const layerBlocks = ALL.map((layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...ALL.filter((other) => other !== layer && !LAYERS[layer].includes(other)).map((other) => ({
            group: [`**/${other}/**`, `**/${other}`],
            message: `src/${layer} may not import src/${other} (layers: ${layer} -> [${LAYERS[layer].join(', ')}])`,
          })),
          { group: FORBIDDEN_PACKAGES[layer], message: `src/${layer} may not use this package` },
        ],
      },
    ],
  },
}));

// Inside core, the flow is one way: the domain areas never import the reading of raw sheets (parse) or the output
// sheets (sheets); parse never imports sheets; _lib (helpers with no domain meaning) imports no domain file.
const CORE_AREAS = ['cells', 'nos', 'qualifications', 'development', 'training', 'compliance', 'organisation', 'workforce'];
const coreAreaBlocks = [
  ...CORE_AREAS.map((area) => ({
    files: [`src/core/${area}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/parse/**', '**/sheets/**'], message: `src/core/${area} may not import core/parse or core/sheets (they build on the areas, not the reverse)` },
            { group: FORBIDDEN_PACKAGES.core, message: 'src/core may not use this package' },
            { group: ['**/xlsx/**', '**/excel/**', '**/cli/**', '**/functions/**', '**/taskpane/**'], message: 'src/core imports no adapter layer' },
          ],
        },
      ],
    },
  })),
  {
    // What the user chooses and the workbook remembers (the column mapping, the pane's settings) builds on parse.
    files: ['src/core/parse/**/*.ts', 'src/core/choices/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/sheets/**'], message: 'src/core/parse and core/choices may not import core/sheets' },
            { group: ['**/choices/**'], message: 'src/core/parse may not import core/choices (choices build on parse)' },
            { group: FORBIDDEN_PACKAGES.core, message: 'src/core may not use this package' },
            { group: ['**/xlsx/**', '**/excel/**', '**/cli/**', '**/functions/**', '**/taskpane/**'], message: 'src/core imports no adapter layer' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/_lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*', '!../_lib'], message: 'src/core/_lib holds helpers with no domain meaning: it imports no domain file' },
            { group: FORBIDDEN_PACKAGES.core, message: 'src/core may not use this package' },
          ],
        },
      ],
    },
  },
];

// The core never reads the clock: the audit date and the run time are arguments (CONTRIBUTING). Checked by
// test/build/lintRules.test.ts on a bad example.
const CLOCK_MESSAGE = 'src/core never reads the clock: take the audit date (or the run time) as an argument';
const coreClockBlock = {
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-properties': [
      'error',
      { object: 'Date', property: 'now', message: CLOCK_MESSAGE },
      { object: 'performance', property: 'now', message: CLOCK_MESSAGE },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: CLOCK_MESSAGE },
      { selector: "CallExpression[callee.name='Date']", message: `${CLOCK_MESSAGE} (Date() is the time now, as text)` },
    ],
    'no-restricted-globals': ['error', { name: 'performance', message: CLOCK_MESSAGE }],
  },
};

// Lines in src/ stay within 140 characters. Long string, template and regular-expression literals are exempt (the
// NOS text and vocabularies read better whole), as are URLs and @example lines (the doc-test reads one line each).
const lineLengthBlock = {
  files: ['src/**/*.{ts,tsx}'],
  rules: {
    'max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignorePattern: '@example' }],
  },
};

module.exports = [
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**', 'test-output/**'] },
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: ['**/*.{ts,tsx}'] })),
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  ...layerBlocks,
  ...coreAreaBlocks,
  coreClockBlock,
  lineLengthBlock,
];
