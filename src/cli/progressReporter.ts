/** Progress callback: a stage name, and how far through it (0-1). */
export type Progress = (stage: string, fraction: number) => void;

/**
 * Prints progress to a stream: a bar that redraws on a terminal, otherwise one line per stage at most every 25%.
 * @example progressReporter(process.stderr)('Auditing staff', 0.5)
 */
export function progressReporter(stream: NodeJS.WriteStream): Progress {
  let lastStage = '';
  let lastStep = -1;
  return (stage, fraction) => {
    const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      stream.write(`\r${stage.padEnd(24)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(pct).padStart(3)}%`);
      if (pct === 100) stream.write('\n');
      return;
    }
    const step = Math.floor(pct / 25);
    if (stage !== lastStage || step !== lastStep) {
      stream.write(`${stage}: ${pct}%\n`);
      lastStage = stage;
      lastStep = step;
    }
  };
}
