// Writes docs/columns.md from the code (npm run docs:columns). test/docs/columnsDoc.test.ts fails when it is stale.
import { writeFileSync } from 'fs';
import { COLUMNS_DOC, columnsMarkdown, fieldsWithoutFormat } from './docs/columnsDoc';

const missing = fieldsWithoutFormat();
if (missing.length > 0) console.warn(`Describe these fields in scripts/docs/fieldFormats.ts: ${missing.join(', ')}`);
writeFileSync(COLUMNS_DOC, columnsMarkdown());
console.log(`Wrote ${COLUMNS_DOC}`);
