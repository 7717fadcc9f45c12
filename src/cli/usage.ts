/** The text of --help: every option, for both commands (README.md lists the same; test/cli keeps them in step). */
export const USAGE = `Usage:
  lsa-audit [input.xlsx|input.csv] [options]     audit one team (no input: the bundled sample team)
  lsa-audit group FILE|FOLDER... [options]        audit several sites' workbooks side by side

Audit one team: writes a copy of the workbook with the audit sheets added; the input is never modified.
  --out FILE            where to write the audit (default: <input>-audit.xlsx; its folder must exist)
  --as-of YYYY-MM-DD    the audit date (default: the Settings sheet's, else today)
  --sheet NAME          the sheet holding the staff table (default: the sheet whose headers match best)
  --map "FIELD=HEADER"  read FIELD from the column headed HEADER (or its column letter); repeatable;
                        "FIELD=" leaves the field out. Example: --map "LSA level=Grade"
  --mapping FILE.json   corrections from a file: {"LSA level": "Grade", "Hours per week": "Hrs/wk"}
  --show-mapping        print the column mapping and the columns not used, then stop
  --org NAME            the organisation's name on the audit sheets
  --json                print a JSON summary (with the mapping) on stdout; messages go to stderr
  --quiet, -q           print nothing but errors
  --help, -h            this help

Audit a group: each workbook (or each .xlsx in a folder) is one site, audited on the same date.
  --out FILE            the Group Summary workbook (default: group-audit.xlsx)
  --as-of YYYY-MM-DD    the audit date for every site (default: today)
  --each                also write each site's own audit beside its workbook (<site>-audit.xlsx)
  --org NAME            the group's name on the Group Summary
  --json, --quiet       as above

The mapping and settings the task pane saved in a workbook are used unless options correct them.
A .csv file is read as the staff table; the audit is written as .xlsx.
Exit codes: 0 the audit ran (data problems are listed in Audit Issues), 2 a usage error,
3 a file it cannot read or write. Every failure is one line.`;
