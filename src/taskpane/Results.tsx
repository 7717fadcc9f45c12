import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { RunResult } from './_lib/runPipeline';

interface Props {
  result: RunResult;
  onOpen: (sheet: string) => void;
}

/** What the run wrote: each output sheet as a link, the Green / Amber / Red counts and the data issues. */
export function Results({ result, onOpen }: Props) {
  const { plans, summary, issueCount } = result;
  const renamed = plans.filter((p) => p.renamed);
  const issues = plans.find((p) => p.output === 'Audit Issues');
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <Text as="p">
        {summary.staffAudited} staff audited. Indicators: {summary.green} Green, {summary.amber} Amber, {summary.red} Red.
      </Text>
      <Text as="p">
        {issueCount === 0 ? 'No data issues found.' : `${issueCount} data ${issueCount === 1 ? 'issue' : 'issues'} found: `}
        {issueCount > 0 && issues && <Link onClick={() => onOpen(issues.target)}>see Audit Issues</Link>}
      </Text>
      {result.recovered.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>The last run did not finish</MessageBarTitle>
            Its sheets were replaced by this run: {result.recovered.join(', ')}.
          </MessageBarBody>
        </MessageBar>
      )}
      {renamed.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Some of your sheets have the same names</MessageBarTitle>
            Your own sheets were left as they are. These results went to new sheets instead:{' '}
            {renamed.map((p) => `${p.output} → ${p.target}`).join('; ')}.
          </MessageBarBody>
        </MessageBar>
      )}
      <h3 id="written-heading">Sheets written</h3>
      <ul aria-labelledby="written-heading">
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
