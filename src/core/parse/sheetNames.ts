import { normaliseHeader } from './normaliseHeader';

/** Optional sheets (SPEC 2.2) found by sheet name; names compared after normaliseHeader. */
export type OptionalSheet = 'pdp' | 'units' | 'cpd' | 'learnerNeeds' | 'targets' | 'settings' | 'practice' | 'reflective' | 'observations';

export const OPTIONAL_SHEET_NAMES: Readonly<Record<OptionalSheet, readonly string[]>> = {
  pdp: ['PDP', 'PDPs', 'PDP objectives', 'Development plan', 'Development plans', 'Personal development plan', 'Personal development plans', 'Professional development plan', 'Professional development plans', 'Objectives'],
  units: ['Units', 'QCF units', 'Units achieved', 'Qualification units'],
  cpd: ['CPD log', 'CPD', 'CPD record', 'CPD records', 'Training log', 'Training record', 'Training records', 'CPD activities'],
  learnerNeeds: ['Learner needs', 'Learners needs', 'Learner profile', 'Needs of learners'],
  targets: ['Targets', 'NOS targets', 'Target ratings'],
  practice: ['Practice log', 'Practice', 'Practice record', 'Practice records', 'Learning support practice', 'Practice hours', 'Placement log'],
  // SPEC 9.3 (v3): the Reflective log and the Observations sheet.
  reflective: ['Reflective log', 'Reflective logs', 'Reflection log', 'Reflections', 'Reflective journal', 'Reflective diary', 'Reflective practice', 'Reflective accounts', 'Reflective account', 'Reflection'],
  observations: ['Observations', 'Observation', 'Observation log', 'Observations log', 'Observation record', 'Observation records', 'Observations of practice', 'Observation of practice', 'Lesson observations', 'Learning walks'],
  settings: ['Settings', 'Audit settings', 'Config', 'Configuration', 'Options'],
};

/** Sheets this product writes (SPEC 4): never read as input. */
const OUTPUT_SHEETS = new Set(
  ['Audit Summary', 'Skills Profile', 'Skills Matrix', 'Training Needs', 'Team Training Plan', 'Qualifications', 'Workforce Profile',
    'PDP Check', 'Reflection Check', 'Personal Plans', 'Audit Issues', 'Audit History'].map(normaliseHeader),
);
// "Skills Profile (2)" beside a user's sheet; "Training Needs (part 2)" past a sheet's limit.
const COPY_SUFFIX = / \((part )?\d+\)$/;
const BY_NAME = new Map<string, OptionalSheet>();
for (const [kind, names] of Object.entries(OPTIONAL_SHEET_NAMES) as [OptionalSheet, readonly string[]][]) {
  for (const n of names) BY_NAME.set(normaliseHeader(n), kind);
}

/**
 * True for a sheet the add-in wrote (also "Skills Profile (2)").
 * @example isOutputSheetName('Audit Issues (2)') // true
 */
export function isOutputSheetName(name: string): boolean {
  return OUTPUT_SHEETS.has(normaliseHeader(name.replace(COPY_SUFFIX, '')));
}

/**
 * Which optional sheet a sheet name stands for, or null.
 * @example optionalSheetKind('CPD Log') // 'cpd'
 */
export function optionalSheetKind(name: string): OptionalSheet | null {
  return BY_NAME.get(normaliseHeader(name)) ?? null;
}
