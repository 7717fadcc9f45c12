import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import type { RunResult } from './_lib/runPipeline';
import { formatDate } from './_lib/localeDate';

interface Props {
  result: RunResult;
  locale: string;
  onOpen: (sheet: string) => void;
}

// Excel's Good / Neutral / Bad fills, as on the output sheets; No data in grey.
const TILES = [
  { key: 'green', label: 'Green', fill: '#C6EFCE', font: '#006100' },
  { key: 'amber', label: 'Amber', fill: '#FFEB9C', font: '#9C5700' },
  { key: 'red', label: 'Red', fill: '#FFC7CE', font: '#9C0006' },
  { key: 'noData', label: 'No data', fill: '#EDEBE9', font: '#323130' },
] as const;

const useStyles = makeStyles({
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalXS, margin: `${tokens.spacingVerticalS} 0` },
  tile: { display: 'flex', flexDirection: 'column', alignItems: 'center', padding: `${tokens.spacingVerticalXS} 0`, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  count: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  label: { fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** After a run, first: the indicator counts, the sheets written (each a link), data issues by severity. */
export function Results({ result, locale, onOpen }: Props) {
  const styles = useStyles();
  const { plans, summary, bySeverity } = result;
  const renamed = plans.filter((p) => p.renamed);
  const issues = plans.find((p) => p.output === 'Audit Issues');
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <Text as="p">
        {summary.staffAudited} staff audited on {formatDate(result.auditDate, locale)}.
      </Text>
      <div className={styles.tiles} role="list" aria-label="Indicators by status">
        {TILES.map((t) => (
          <div key={t.key} role="listitem" className={styles.tile} style={{ background: t.fill, color: t.font }} aria-label={`${summary[t.key]} ${t.label}`}>
            <span className={styles.count}>{summary[t.key]}</span>
            <span className={styles.label}>{t.label}</span>
          </div>
        ))}
      </div>
      {result.recovered.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>The last run did not finish.</MessageBarTitle>
            Its sheets were replaced by this run: {result.recovered.join(', ')}.
          </MessageBarBody>
        </MessageBar>
      )}
      {renamed.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Some of your sheets have the same names.</MessageBarTitle>
            Your own sheets were left as they are. These results went to new sheets instead:{' '}
            {renamed.map((p) => `${p.output} → ${p.target}`).join('; ')}.
          </MessageBarBody>
        </MessageBar>
      )}
      <h3 id="issues-heading">Data issues</h3>
      {result.issueCount === 0 ? (
        <Text as="p">No data issues found.</Text>
      ) : (
        <ul className={styles.list} aria-labelledby="issues-heading">
          {bySeverity.Error > 0 && <li>{plural(bySeverity.Error, 'error: a value could not be used', 'errors: values could not be used')}</li>}
          {bySeverity.Warning > 0 && <li>{plural(bySeverity.Warning, 'warning: a value was used but looks wrong', 'warnings: values were used but look wrong')}</li>}
          {bySeverity.Info > 0 && <li>{plural(bySeverity.Info, 'note of a decision the audit made', 'notes of decisions the audit made')}</li>}
          {issues && (
            <li>
              <Link onClick={() => onOpen(issues.target)}>Open {issues.target}</Link>
            </li>
          )}
        </ul>
      )}
      {result.unusedColumns > 0 && <Text as="p">{plural(result.unusedColumns, 'column of the staff table was', 'columns of the staff table were')} not used: see Columns not used below.</Text>}
      <h3 id="written-heading">Sheets written</h3>
      <ul className={styles.list} aria-labelledby="written-heading">
        {plans.map((p) => (
          <li key={p.target}>
            <Link onClick={() => onOpen(p.target)}>{p.target}</Link>
            {p.action === 'append' ? ' (new row added)' : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
