import { Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { StaffTableView } from './_lib/loadStaffTable';

interface Props {
  view: StaffTableView;
  notes: string[];
  progress: { stage: string; fraction: number } | null;
  onRun: () => void;
  onRefresh: () => void;
}

const useStyles = makeStyles({
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', rowGap: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalS} 0` },
  run: { flexGrow: 1 },
  found: { overflowWrap: 'anywhere' },
});

/** The first screen: what was found ("Team, header row 3: 42 staff"), Run and Refresh, and the progress of a run. */
export function Overview({ view, notes, progress, onRun, onRefresh }: Props) {
  const styles = useStyles();
  const { mapping, staff } = view.input;
  return (
    <section aria-labelledby="found-heading">
      <h2 id="found-heading" className={styles.found}>
        {mapping.sheet ? `${mapping.sheet}, header row ${mapping.headerRow}: ${staff.length} staff` : 'No staff table found yet'}
      </h2>
      {!mapping.sheet && <Text as="p">Choose the sheet that lists your staff under Staff table below.</Text>}
      <div className={styles.buttons}>
        <Button className={styles.run} appearance="primary" disabled={staff.length === 0 || progress !== null} onClick={onRun}>
          {progress ? 'Running…' : 'Run audit'}
        </Button>
        <Button disabled={progress !== null} onClick={onRefresh}>
          Refresh
        </Button>
      </div>
      {progress && (
        <Field label="Progress" validationMessage={progress.stage} validationState="none">
          <ProgressBar value={progress.fraction} max={1} aria-valuetext={`${progress.stage}: ${Math.round(progress.fraction * 100)}%`} />
        </Field>
      )}
      {notes.map((n) => (
        <MessageBar key={n} intent="info">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
