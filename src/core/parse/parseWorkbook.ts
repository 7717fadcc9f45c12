import type { AuditInput, ColumnMapping } from '../auditInput';
import type { AuditIssue } from '../auditIssue';
import type { RawSheet, RawWorkbook } from '../cells/rawWorkbook';
import { defaultSettings, type Settings } from '../settings';
import type { StaffField } from '../staffMember';
import { isIsoDate } from '../_lib/isoDate';
import { staffIndex, unassignedIssues, type StaffIndex } from './_lib/staffIndex';
import { applyCpdLog, type StaffHeaders } from './applyCpdLog';
import { parsePracticeLog } from './parsePracticeLog';
import { applyObservations } from './applyObservations';
import { parseObservations } from './parseObservations';
import { parseReflectiveLog } from './parseReflectiveLog';
import { buildMapping } from './buildMapping';
import { findStaffTable } from './findStaffTable';
import { mergeUnits } from './mergeUnits';
import { parseCpdLog } from './parseCpdLog';
import { parseLearnerNeeds } from './parseLearnerNeeds';
import { parsePdpSheet } from './parsePdpSheet';
import { applySettings, parseSettingsSheet } from './parseSettingsSheet';
import { parseStaffTable } from './parseStaffTable';
import { parseTargetsSheet } from './parseTargetsSheet';
import { parseUnitsSheet } from './parseUnitsSheet';
import { isOutputSheetName, optionalSheetKind, type OptionalSheet } from './sheetNames';

/** How to read the workbook: the audit date (and whether the user gave it, e.g. CLI --as-of), and the user's sheet, header row and
 * mapping. */
export interface ParseOptions {
  auditDate: string;
  /** True when the caller's audit date was chosen by the user: it then wins over the Settings sheet's. */
  auditDateExplicit?: boolean;
  sheet?: string;
  /** The header row number Excel shows. */
  headerRow?: number;
  /** Excel column number (A = 1) -> field ("level", "rating:A1", "rating:A1:manager", "" to ignore). */
  mappingOverride?: Record<number, string>;
}

// Options come from code (the CLI and the pane), so a bad one is a bug: it throws, unlike bad cells. Checked by hand:
// loading a schema library for these five cost about 7% of the command line's CPU time on the sample.
function checkOptions(o: ParseOptions): ParseOptions {
  const bug = (what: string): never => {
    throw new TypeError(`parseWorkbook options: ${what}`);
  };
  if (typeof o.auditDate !== 'string' || !isIsoDate(o.auditDate)) bug('auditDate must be an ISO date yyyy-mm-dd');
  if (o.auditDateExplicit !== undefined && typeof o.auditDateExplicit !== 'boolean') bug('auditDateExplicit must be true or false');
  if (o.sheet !== undefined && typeof o.sheet !== 'string') bug('sheet must be a sheet name');
  if (o.headerRow !== undefined && !(Number.isInteger(o.headerRow) && o.headerRow > 0)) bug('headerRow must be a positive whole number');
  const override = o.mappingOverride;
  if (override !== undefined && (override === null || typeof override !== 'object' || Object.values(override).some((v) => typeof v !== 'string'))) {
    bug('mappingOverride must map column numbers to field names');
  }
  return o;
}

/** The first sheet of each optional kind (SPEC 2.2), never the staff sheet or an output sheet. */
function optionalSheets(raw: RawWorkbook, staffSheet: RawSheet | null): Map<OptionalSheet, RawSheet> {
  const found = new Map<OptionalSheet, RawSheet>();
  for (const sheet of raw.sheets) {
    const kind = optionalSheetKind(sheet.name);
    if (kind && sheet !== staffSheet && !isOutputSheetName(sheet.name) && !found.has(kind)) found.set(kind, sheet);
  }
  return found;
}

/** Appends without spreading: 100,000 issues would overflow the argument list. */
function append<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}

function noStaffTable(settings: Settings, problem: string, issues: AuditIssue[]): AuditInput {
  const mapping: ColumnMapping = { sheet: '', headerRow: 0, columns: [], unusedColumns: [] };
  issues.unshift({ sheet: '', row: null, column: null, staffId: null, problem, code: 'no-staff-table', value: null, severity: 'Error' });
  return { staff: [], leavers: [], pdp: [], units: [], cpd: null, learnerNeeds: null, targetOverrides: [], settings, mapping,
    mappedFields: [], issues };
}

/**
 * Reads a workbook into the audit's input (SPEC 2, 7): finds and maps the staff table, parses every row, joins the optional sheets,
 * and reports every problem as an issue. With no staff table, staff is [] and hasStaffTable(input) is false.
 * @example parseWorkbook(raw, { auditDate: '2025-03-31' }).staff[0].name // 'Ann Lee'
 */
export function parseWorkbook(raw: RawWorkbook, options: ParseOptions): AuditInput {
  const opts = checkOptions(options);
  const issues: AuditIssue[] = [];
  const found = findStaffTable(raw, { sheet: opts.sheet, headerRow: opts.headerRow });
  const table = 'table' in found ? found.table : null;
  const sheets = optionalSheets(raw, table?.sheet ?? null);
  let settings = defaultSettings(opts.auditDate);
  const settingsSheet = sheets.get('settings');
  if (settingsSheet) {
    const read = parseSettingsSheet(settingsSheet);
    append(issues, read.issues);
    settings = applySettings(settings, read.overrides, opts.auditDateExplicit ?? false);
  }
  if (!table) return noStaffTable(settings, 'problem' in found ? found.problem : 'No staff table found', issues);
  const built = buildMapping(table, options.mappingOverride);
  append(issues, built.issues);
  const fields = new Set<StaffField>();
  for (const c of built.columns) if (c.field.kind === 'field') fields.add(c.field.field);
  if (!fields.has('name') && !fields.has('firstName') && !fields.has('surname')) {
    return noStaffTable(settings, `No staff table found: no Name column in row ${built.mapping.headerRow} of sheet "${table.sheet.name}"`, issues);
  }
  if (fields.has('firstName') || fields.has('surname')) fields.add('name');
  const parsed = parseStaffTable(table, built.columns, settings.auditDate, settings.fullTimeHours, { unitsSheet: sheets.has('units') });
  append(issues, parsed.issues);
  let staff = parsed.staff;
  // Joining optional sheets needs the index; a workbook without them should not pay for it.
  let joinIndex: StaffIndex | null = null;
  const otherIds = (): string[] => [...parsed.leavers, ...parsed.starters].filter((p) => !p.id.startsWith('Row ')).map((p) => p.id);
  const index = (): StaffIndex => (joinIndex ??= staffIndex(staff, otherIds()));
  const input: AuditInput = {
    staff,
    leavers: parsed.leavers,
    starters: parsed.starters,
    pdp: [],
    units: [],
    cpd: null,
    learnerNeeds: null,
    targetOverrides: [],
    settings,
    mapping: built.mapping,
    mappedFields: [],
    issues,
  };
  const pdpSheet = sheets.get('pdp');
  if (pdpSheet) {
    const read = parsePdpSheet(pdpSheet, index());
    input.pdp = read.objectives;
    append(issues, read.issues);
  }
  const cpdSheet = sheets.get('cpd');
  if (cpdSheet) {
    const read = parseCpdLog(cpdSheet, index(), settings.auditDate);
    append(issues, read.issues);
    input.cpd = read.entries;
    input.cpdReflection = read.reflectionColumns;
    const headers: StaffHeaders = {};
    for (const c of built.columns) if (c.field.kind === 'field' && !headers[c.field.field]) headers[c.field.field] = c.header;
    staff = applyCpdLog(staff, read.entries, settings.auditDate, headers, issues);
    for (const f of ['cpdHours', 'jointTraining', 'peerNetwork'] as const) fields.add(f);
  }
  const practiceSheet = sheets.get('practice');
  if (practiceSheet) {
    const read = parsePracticeLog(practiceSheet, index(), settings.auditDate);
    append(issues, read.issues);
    input.practice = read.entries;
  }
  // SPEC 9.3 (v3): the Reflective log feeds the Reflection Check; the Observations sheet O18, O24 and the follow-up need.
  const reflectiveSheet = sheets.get('reflective');
  const observationsSheet = sheets.get('observations');
  if (reflectiveSheet) {
    const read = parseReflectiveLog(reflectiveSheet, index(), settings.auditDate);
    append(issues, read.issues);
    input.reflectiveLog = read.entries;
  }
  if (observationsSheet) {
    const read = parseObservations(observationsSheet, index(), settings.auditDate);
    append(issues, read.issues);
    input.observations = read.records;
    // SPEC 9.1: the observation date from the sheet and the staff table's column together (the later of the two).
    staff = applyObservations(staff, read.records);
    fields.add('lastObservation');
  }
  const unitsSheet = sheets.get('units');
  const sheetUnits = unitsSheet ? parseUnitsSheet(unitsSheet, index(), settings.auditDate) : { units: [], issues: [] };
  append(issues, sheetUnits.issues);
  if (unitsSheet) fields.add('qcfUnits');
  if (unitsSheet || fields.has('qcfUnits')) {
    const merged = mergeUnits(staff, sheetUnits.units);
    staff = merged.staff;
    input.units = merged.units;
  }
  input.staff = staff;
  const needsSheet = sheets.get('learnerNeeds');
  if (needsSheet) {
    const read = parseLearnerNeeds(needsSheet);
    input.learnerNeeds = read.needs;
    append(issues, read.issues);
  }
  const targetsSheet = sheets.get('targets');
  if (targetsSheet) {
    const read = parseTargetsSheet(targetsSheet);
    input.targetOverrides = read.overrides;
    append(issues, read.issues);
  }
  if (joinIndex !== null) {
    const idColumn = built.columns.find((c) => c.field.kind === 'field' && c.field.field === 'staffId');
    append(issues, unassignedIssues(joinIndex, table.sheet.name, idColumn?.header ?? null));
  }
  input.mappedFields = [...fields];
  return input;
}
