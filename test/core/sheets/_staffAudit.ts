import { defaultSettings } from '../../../src/core/settings';
// A person's audit for the sheet tests: only what the sheet builders read is filled in.
import type { Audit, StaffAudit } from '../../../src/core/audit';
import { makeMember, makeQualifications, makeSkills } from '../_fixtures/auditFixtures';

export function staffAudit(over: Partial<StaffAudit> = {}): StaffAudit {
  return {
    member: makeMember(), skills: makeSkills(), qualifications: makeQualifications(), bestSmartScore: null,
    cpdHoursLast12Months: null, jointTrainingLast12Months: null, compliance: { staffId: 'S1', courses: [] }, needs: [], pdp: [], pdpAddressesGap: null,
    ...over,
  };
}

export function auditOf(staff: StaffAudit[]): Audit {
  return { staff, settings: defaultSettings('2026-09-01') } as unknown as Audit;
}
