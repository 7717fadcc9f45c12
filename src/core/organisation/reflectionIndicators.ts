import type { IndicatorInput } from './indicator';
import { isInLastTwelveMonths } from '../lastTwelveMonths';
import { followUpState } from '../development/observationFollowUp';
import { cpdReflectionText, showsImpact } from '../development/cpdReflection';
import { percent, type Computed } from './indicatorBuild';

// Indicators of what came of CPD and observation (SPEC 9.3): O23, O24.

export const REFLECTION_INDICATORS: Record<string, (input: IndicatorInput) => Computed> = {
  // O23: of the last 12 months' CPD log entries that are not compliance courses, those whose reflection or impact is at
  // least "Partly reflective" (CPD study notes: reflective logs and "examples of changed practice", not attendance).
  O23: (input) => {
    if (!input.cpd) return { kind: 'no data', note: 'Add a CPD log sheet with a Reflection or Impact column' };
    if (!input.cpdReflection) return { kind: 'no data', note: 'Add a Reflection or Impact column to the CPD log' };
    const auditDate = input.settings.auditDate;
    let entries = 0;
    let met = 0;
    let blank = 0;
    for (const e of input.cpd) {
      if (e.type === 'compliance' || e.date === null || !isInLastTwelveMonths(e.date, auditDate)) continue;
      entries++;
      if (cpdReflectionText(e) === null) blank++;
      else if (showsImpact(e)) met++;
    }
    if (entries === 0) return { kind: 'no data', note: 'No CPD log entries in the last 12 months other than compliance courses' };
    return percent(met, entries, 'CPD entries', blank ? `${blank} with no reflection or impact recorded` : null);
  },
  // O24: of the observations in the last 12 months, those whose follow-up action is done or not yet three months old;
  // one with no action recorded counts against (ELS report 2010: the link to training "is at best inconsistent").
  O24: (input) => {
    if (!input.observations) return { kind: 'no data', note: 'Add an Observations sheet (staff, date, observer, outcome, follow-up action, follow-up done)' };
    const auditDate = input.settings.auditDate;
    const counts = { 'no action': 0, done: 0, 'not yet due': 0, overdue: 0, undated: 0 };
    for (const o of input.observations) {
      if (o.date !== null && isInLastTwelveMonths(o.date, auditDate)) counts[followUpState(o, auditDate)]++;
    }
    const total = counts['no action'] + counts.done + counts['not yet due'] + counts.overdue;
    const notes = [
      counts['no action'] ? `${counts['no action']} with no follow-up action recorded` : '',
      counts.overdue ? `${counts.overdue} not done three months on` : '',
    ].filter(Boolean);
    if (total === 0) return { kind: 'no data', note: 'No observations in the last 12 months on the Observations sheet' };
    return percent(counts.done + counts['not yet due'], total, 'observations', notes.length ? notes.join('; ') : null);
  },
};
