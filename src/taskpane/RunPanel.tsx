import { Button, Field, ProgressBar } from '@fluentui/react-components';

interface Props {
  disabled: boolean;
  progress: { stage: string; fraction: number } | null;
  onRun: () => void;
}

/** The Run button, and a progress bar with the current stage while the audit runs. */
export function RunPanel({ disabled, progress, onRun }: Props) {
  return (
    <section aria-labelledby="run-heading">
      <h2 id="run-heading">Run the audit</h2>
      <Button appearance="primary" disabled={disabled || progress !== null} onClick={onRun}>
        {progress ? 'Running…' : 'Run audit'}
      </Button>
      {progress && (
        <Field label="Progress" validationMessage={progress.stage} validationState="none">
          <ProgressBar value={progress.fraction} max={1} aria-valuetext={`${progress.stage}: ${Math.round(progress.fraction * 100)}%`} />
        </Field>
      )}
    </section>
  );
}
