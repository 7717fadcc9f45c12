// Regenerates test/golden/sample-team.summary.json after a deliberate rule change. Review the diff before committing:
// the golden file is the reviewed expectation, not whatever the code happens to produce.
import { writeFileSync } from 'fs';
import { auditFile } from '../test/golden/_lib/auditFile';

auditFile('assets/sample-team.xlsx', '2026-09-01').then((golden) => {
  writeFileSync('test/golden/sample-team.summary.json', `${JSON.stringify(golden, null, 2)}\n`);
  console.log('Wrote test/golden/sample-team.summary.json');
});
