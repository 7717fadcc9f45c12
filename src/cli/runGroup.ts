import path from 'path';
import { auditToSheets } from '../core/auditToSheets';
import { groupAudit, type GroupAudit, type SiteAudit, type SiteFailure } from '../core/groupAudit';
import { NOS_CATALOGUE } from '../core/nos/nosCatalogue';
import { hasStaffTable } from '../core/parse/hasStaffTable';
import { paneSettings, withPaneSettings } from '../core/choices/paneSettings';
import { parseWorkbook } from '../core/parse/parseWorkbook';
import { runAudit } from '../core/runAudit';
import { formatRunAt } from '../core/sheets/formatRunAt';
import { groupSummarySheet } from '../core/sheets/groupSummarySheet';
import { writeNewWorkbook, WorkbookWriteError } from '../xlsx/writeXlsx';
import { chooseMapping } from './chooseMapping';
import { outputFolderProblem } from './outputFolder';
import type { GroupOptions } from './parseArgs';
import { CliFailure, readOrFail, writeOrFail, type CliEnv } from './runCli';
import { siteFiles, siteNames } from './siteFiles';

/**
 * Audits several sites' workbooks on one audit date and writes the Group Summary; a site that cannot be read is listed
 * with its reason while the others run. Exit 0 when at least one site was audited.
 * @example await runGroup(parseArgs(['group', 'sites/', '--out', 'group.xlsx']) as GroupOptions, env) // 0
 */
export async function runGroup(opts: GroupOptions, env: CliEnv): Promise<number> {
  try {
    return await group(opts, env);
  } catch (err) {
    if (err instanceof CliFailure) {
      env.error(err.message.split('\n')[0]);
      return err.exitCode;
    }
    throw err;
  }
}

/** One site: read, map (the pane's saved mapping is used), parse and audit; --each writes its own audit beside it. */
async function auditSite(file: string, site: string, opts: GroupOptions, env: CliEnv): Promise<SiteAudit> {
  const read = await readOrFail(file);
  const choice = chooseMapping(read.raw, read.meta, null, []);
  if ('problem' in choice) throw new CliFailure(choice.problem, 3);
  // Every site on the group's date, whatever its own Settings sheet says: the sites are compared on the same day.
  const input = parseWorkbook(read.raw, { auditDate: opts.asOf ?? env.today, auditDateExplicit: true, ...choice.parse });
  if (!hasStaffTable(input)) throw new CliFailure(input.issues[0]?.problem ?? 'no staff table found', 3);
  // The site's own saved settings (its name, hours, CPD target); the audit date stays the group's.
  input.settings = withPaneSettings(input.settings, paneSettings(read.meta.saved));
  const audit = runAudit(input, NOS_CATALOGUE);
  if (opts.each) {
    const out = path.join(path.dirname(file), `${path.basename(file, path.extname(file))}-audit.xlsx`);
    await writeOrFail(file, out, auditToSheets(audit, { runAt: formatRunAt(env.now), catalogue: NOS_CATALOGUE }), read);
    env.log(`  wrote ${out}`);
  }
  return { site, audit };
}

async function group(opts: GroupOptions, env: CliEnv): Promise<number> {
  const folder = outputFolderProblem(opts.out, false);
  if (folder) throw new CliFailure(`Cannot write "${opts.out}": ${folder}.`, 3);
  const { files, failures } = siteFiles(opts.inputs, opts.out);
  const names = siteNames(files);
  const sites: SiteAudit[] = [];
  const all: SiteFailure[] = [...failures];
  for (const f of failures) env.log(`${f.site}: not read: ${f.reason}`);
  for (let k = 0; k < files.length; k++) {
    const at = `[${k + 1}/${files.length}] ${names[k]}`;
    try {
      const site = await auditSite(files[k], names[k], opts, env);
      const s = site.audit.summary;
      env.log(`${at}: ${s.staffAudited} staff; ${s.green} Green, ${s.amber} Amber, ${s.red} Red, ${s.noData} No data; ${s.issues} data issues`);
      sites.push(site);
    } catch (err) {
      if (!(err instanceof CliFailure)) throw err;
      // The reason without the file name the message may start with: the site is named once, at the front.
      const reason = err.message.replace(/^Cannot read "[^"]*": /, '').replace(/\.$/, '');
      env.log(`${at}: not read: ${reason}`);
      all.push({ site: names[k], reason });
    }
  }
  if (sites.length === 0) {
    throw new CliFailure(`no site could be audited (${all.map((f) => `${f.site}: ${f.reason}`).join('; ') || 'no workbooks given'})`, 3);
  }
  const result = groupAudit(sites, all, { organisation: opts.org ?? '', auditDate: opts.asOf ?? env.today });
  try {
    await writeNewWorkbook(opts.out, [groupSummarySheet(result)]);
  } catch (err) {
    if (err instanceof WorkbookWriteError) throw new CliFailure(err.message, 3);
    throw err;
  }
  const s = result.summary;
  env.log(`Wrote ${opts.out}: Group Summary of ${sites.length} site${sites.length === 1 ? '' : 's'}${all.length ? ` (${all.length} not read)` : ''}, ${s.staffAudited} staff.`);
  env.log(`Group indicators: ${s.green} Green, ${s.amber} Amber, ${s.red} Red, ${s.noData} No data.`);
  if (opts.json) env.out(`${JSON.stringify(groupJson(result), null, 2)}\n`);
  return 0;
}

/** The machine-readable group summary printed by --json. */
function groupJson(g: GroupAudit) {
  return {
    organisation: g.organisation,
    auditDate: g.auditDate,
    group: g.summary,
    sites: g.sites.map((s) => ({ site: s.site, ...s.audit.summary })),
    failures: g.failures,
    indicators: g.indicators.map(({ indicator, leftOut }, k) => ({
      id: indicator.id,
      group: { value: indicator.value, status: indicator.status, basis: indicator.basis, leftOut },
      sites: g.sites.map((s) => ({ site: s.site, value: s.audit.indicators[k]?.value ?? null, status: s.audit.indicators[k]?.status ?? 'No data' })),
    })),
    commonNeeds: g.needs,
  };
}
