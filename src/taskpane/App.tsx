import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { activateSheet } from '../excel/activateSheet';
import { readWorkbook, type WorkbookRead } from '../excel/readWorkbook';
import { saveSettings } from '../excel/saveSettings';
import { ColumnMapping } from './ColumnMapping';
import { Overview } from './Overview';
import { Results } from './Results';
import { SettingsForm } from './SettingsForm';
import { TablePicker } from './TablePicker';
import { friendlyError } from './_lib/friendlyError';
import { loadStaffTable, type StaffTableView, type TableChoice } from './_lib/loadStaffTable';
import { userLocale } from './_lib/localeDate';
import { todayIso } from '../core/_lib/todayIso';
import { MAPPING_KEY } from '../core/choices/savedMapping';
import { paneSettings, SETTING_KEYS, type PaneSettings } from '../core/choices/paneSettings';
import { runPipeline, type RunResult } from './_lib/runPipeline';
import { usePaneShown } from './_lib/usePaneShown';
import { nextPaint, withExcel } from './_lib/withExcel';

const useStyles = makeStyles({
  // Nothing may be wider than the pane: Excel opens it about 350 px wide and users narrow it to 320.
  root: { boxSizing: 'border-box', maxWidth: '100%', padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`, overflowWrap: 'anywhere' },
  title: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 0` },
});

/** The task pane: what was found and Run first; results first after a run; then the mapping, the table and settings. */
export function App() {
  const styles = useStyles();
  const [today] = useState(() => todayIso(new Date()));
  const [locale] = useState(userLocale);
  const [read, setRead] = useState<WorkbookRead | null>(null);
  const [choice, setChoice] = useState<TableChoice>({});
  const [view, setView] = useState<StaffTableView | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ stage: string; fraction: number } | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const running = useRef(false);
  const shown = usePaneShown();

  const settings: PaneSettings = paneSettings(read?.ownership.saved ?? {});

  const load = useCallback(async (next: TableChoice) => {
    try {
      const r = await withExcel(readWorkbook);
      setRead(r);
      setChoice(next);
      setView(loadStaffTable(r, next, paneSettings(r.ownership.saved), today));
      setReadError(null);
    } catch (e) {
      setReadError(friendlyError(e, 'read the workbook'));
    }
  }, [today]);

  // Read when the pane is shown (and again each time it is shown again), never while it is hidden or a run is going.
  useEffect(() => {
    if (shown > 0 && !running.current) void load(choice);
  }, [shown, load]);

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
    running.current = true;
    setResult(null);
    setError(null);
    setNotice(null);
    setProgress({ stage: 'Reading the workbook', fraction: 0 });
    await nextPaint();
    try {
      const r = await withExcel(readWorkbook);
      const fresh = loadStaffTable(r, choice, paneSettings(r.ownership.saved), today);
      setResult(await runPipeline(fresh.input, (stage, fraction) => setProgress({ stage, fraction })));
    } catch (e) {
      setError(friendlyError(e, 'run the audit'));
    } finally {
      running.current = false;
      setProgress(null);
    }
  };

  const open = (sheet: string) => {
    withExcel((context) => activateSheet(context, sheet)).catch((e) => setError(friendlyError(e, `open ${sheet}`)));
  };

  const retry = (
    <MessageBarActions>
      <Button onClick={() => void load(choice)}>Retry</Button>
    </MessageBarActions>
  );
  if (!read || !view) {
    return (
      <main className={styles.root}>
        <h1 className={styles.title}>LSA Workforce Audit</h1>
        {readError ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{readError}</MessageBarBody>
            {retry}
          </MessageBar>
        ) : (
          <Spinner label="Reading your workbook…" />
        )}
      </main>
    );
  }
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>LSA Workforce Audit</h1>
      {readError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{readError}</MessageBarBody>
          {retry}
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <Overview view={view} notes={read.notes} progress={progress} onRun={() => void run()} onRefresh={() => void load(choice)} />
      {result && <Results result={result} locale={locale} onOpen={open} />}
      <ColumnMapping
        key={JSON.stringify(view.input.mapping)}
        view={view}
        onSave={(override) => save({ [MAPPING_KEY]: JSON.stringify({ sheet: view.input.mapping.sheet, headerRow: view.input.mapping.headerRow, override }) }, 'Column mapping')}
      />
      <Accordion multiple collapsible>
        <AccordionItem value="table">
          <AccordionHeader>Staff table</AccordionHeader>
          <AccordionPanel>
            <TablePicker key={`${view.input.mapping.sheet}:${view.input.mapping.headerRow}`} read={read} view={view} onChoose={(c) => void load(c)} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="settings">
          <AccordionHeader>Settings</AccordionHeader>
          <AccordionPanel>
            <SettingsForm
              key={JSON.stringify(settings)}
              settings={settings}
              today={today}
              locale={locale}
              onSave={(s) => save({ [SETTING_KEYS.organisation]: s.organisation, [SETTING_KEYS.auditDate]: s.auditDate, [SETTING_KEYS.fullTimeHours]: s.fullTimeHours, [SETTING_KEYS.cpdTargetHours]: s.cpdTargetHours }, 'Settings')}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
