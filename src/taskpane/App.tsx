import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { activateSheet } from '../excel/activateSheet';
import { readWorkbook, type WorkbookRead } from '../excel/readWorkbook';
import { saveSettings } from '../excel/saveSettings';
import { ColumnMapping } from './ColumnMapping';
import { Results } from './Results';
import { RunPanel } from './RunPanel';
import { SettingsForm } from './SettingsForm';
import { TablePicker } from './TablePicker';
import { friendlyError } from './_lib/friendlyError';
import { loadStaffTable, type StaffTableView, type TableChoice } from './_lib/loadStaffTable';
import { MAPPING_KEY, paneSettings, SETTING_KEYS, todayIso, type PaneSettings } from './_lib/paneSettings';
import { runPipeline, type RunResult } from './_lib/runPipeline';
import { nextPaint, withExcel } from './_lib/withExcel';

/** The task pane: find the staff table, check the mapping and settings, run, and see what was written. */
export function App() {
  const [today] = useState(() => todayIso(new Date()));
  const [read, setRead] = useState<WorkbookRead | null>(null);
  const [choice, setChoice] = useState<TableChoice>({});
  const [view, setView] = useState<StaffTableView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ stage: string; fraction: number } | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);

  const settings: PaneSettings = paneSettings(read?.ownership.saved ?? {});

  const load = useCallback(async (next: TableChoice) => {
    try {
      const r = await withExcel(readWorkbook);
      setRead(r);
      setChoice(next);
      setView(loadStaffTable(r, next, paneSettings(r.ownership.saved), today));
      setError(null);
    } catch (e) {
      setError(friendlyError(e, 'read the workbook'));
    }
  }, [today]);

  useEffect(() => {
    void load({});
  }, [load]);

  const save = async (entries: Record<string, string>, what: string) => {
    try {
      await withExcel((context) => saveSettings(context, entries));
      setNotice(`${what} saved in this workbook.`);
      await load(choice);
    } catch (e) {
      setError(friendlyError(e, `save the ${what.toLowerCase()}`));
    }
  };

  const run = async () => {
    setResult(null);
    setError(null);
    setProgress({ stage: 'Reading the workbook', fraction: 0 });
    await nextPaint();
    try {
      const r = await withExcel(readWorkbook);
      const fresh = loadStaffTable(r, choice, paneSettings(r.ownership.saved), today);
      setResult(await runPipeline(fresh.input, (stage, fraction) => setProgress({ stage, fraction })));
    } catch (e) {
      setError(friendlyError(e, 'run the audit'));
    } finally {
      setProgress(null);
    }
  };

  const open = (sheet: string) => {
    withExcel((context) => activateSheet(context, sheet)).catch((e) => setError(friendlyError(e, `open ${sheet}`)));
  };

  if (!read || !view) {
    return error ? <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar> : <Spinner label="Reading your workbook…" />;
  }
  return (
    <main>
      <h1>LSA Workforce Audit</h1>
      {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      {notice && <MessageBar intent="success"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      <TablePicker key={`${view.input.mapping.sheet}:${view.input.mapping.headerRow}`} read={read} view={view} onChoose={(c) => void load(c)} />
      <ColumnMapping
        key={JSON.stringify(view.input.mapping)}
        view={view}
        onSave={(override) => save({ [MAPPING_KEY]: JSON.stringify({ sheet: view.input.mapping.sheet, headerRow: view.input.mapping.headerRow, override }) }, 'Column mapping')}
      />
      <SettingsForm
        key={JSON.stringify(settings)}
        settings={settings}
        today={today}
        onSave={(s) => save({ [SETTING_KEYS.organisation]: s.organisation, [SETTING_KEYS.auditDate]: s.auditDate, [SETTING_KEYS.fullTimeHours]: s.fullTimeHours, [SETTING_KEYS.cpdTargetHours]: s.cpdTargetHours }, 'Settings')}
      />
      <RunPanel disabled={view.input.staff.length === 0} progress={progress} onRun={() => void run()} />
      {result && <Results result={result} onOpen={open} />}
    </main>
  );
}
