import { coursesRecorded, isComplianceActivity } from '../../../src/core/compliance/complianceActivity';
import { cpdType } from '../../../src/core/parse/parseCpdLog';

describe('isComplianceActivity (SPEC 2.2 and 3.8 O20)', () => {
  it('recognises the compliance courses named in an activity, whatever its type', () => {
    for (const a of ['Safeguarding refresher', 'Prevent duty e-learning', 'First aid at work', 'Health & safety induction', 'Fire safety',
      'Equality and diversity update', 'GDPR awareness', 'Data protection', 'Manual handling']) {
      expect({ a, yes: isComplianceActivity(a, 'Training') }).toEqual({ a, yes: true });
    }
    expect(cpdType('Training', 'Safeguarding level 2')).toBe('compliance');
    expect(cpdType('Mandatory', 'Annual update')).toBe('compliance');
    expect(cpdType('Compliance', null)).toBe('compliance');
  });

  it('does not take teaching-and-learning CPD for compliance', () => {
    for (const a of ['Autism awareness', 'Questioning techniques', 'How to prevent challenging behaviour', 'Makaton level 1', 'Mental health first aid']) {
      expect({ a, yes: isComplianceActivity(a, 'Training') }).toEqual({ a, yes: false });
    }
    expect(cpdType('Training', 'Autism awareness')).toBe('training');
  });

  it('reads a course named only in the Type cell (SPEC 9.1: "by type or by course name")', () => {
    expect(cpdType('Safeguarding', 'Annual refresher')).toBe('compliance');
    expect(cpdType('Mental health first aid', 'Two-day course')).toBe('other');
    expect(coursesRecorded({ activity: 'Annual refresher', typeText: 'Safeguarding' })).toEqual(['safeguarding']);
    expect(coursesRecorded({ activity: 'Safeguarding and Prevent update', typeText: 'Safeguarding' })).toEqual(['safeguarding', 'prevent']);
    expect(coursesRecorded({ activity: 'Autism awareness', typeText: 'Training' })).toEqual([]);
    expect(coursesRecorded({ activity: 'Fire drill' })).toEqual([]);
  });
});
