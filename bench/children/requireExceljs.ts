// The cold-start floor: a fresh node process that only loads exceljs, the library every run of the CLI needs.
require('exceljs');
