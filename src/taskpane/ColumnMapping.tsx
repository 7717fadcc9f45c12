import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Combobox, Field, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { columnLetters } from '../core/_lib/columnLetters';
import type { StaffTableView } from './_lib/loadStaffTable';
import { fieldLabel } from '../core/choices/fieldLabels';
import { DOUBTFUL, mappingGroups } from './_lib/mappingGroups';

interface Props {
  view: StaffTableView;
  onSave: (override: Record<number, string>) => Promise<void>;
}

const NONE = 'none';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // Fluent's Combobox is 250 px wide at least: in a 320 px pane it must take the width it is given, no more.
  combo: { minWidth: 0, width: '100%', boxSizing: 'border-box', gridTemplateColumns: 'minmax(0, 1fr) auto' },
  comboInput: { minWidth: 0 },
  unused: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  save: { marginTop: tokens.spacingVerticalS },
});

/**
 * The field -> column mapping, for a narrow pane: the fields that need a decision first, then the rest folded by group
 * (the NOS ratings as one line, "31 of 31 found"), each choice showing the column letter and header; the columns not
 * used are listed with the reason. Any choice can be corrected and saved in the workbook.
 */
export function ColumnMapping({ view, onSave }: Props) {
  const styles = useStyles();
  const { mapping } = view.input;
  const found = useMemo(() => new Map(mapping.columns.map((c) => [c.field as string, c])), [mapping]);
  const groups = useMemo(() => mappingGroups(mapping), [mapping]);
  const [edits, setEdits] = useState<Map<string, string>>(new Map());
  const [saving, setSaving] = useState(false);
  const choiceText = (column: number) => `${columnLetters(column)} · ${view.headers.find((h) => h.column === column)?.header ?? ''}`;
  const columnOf = (field: string) => edits.get(field) ?? (found.has(field) ? String(found.get(field)!.column) : NONE);

  const save = async () => {
    const override: Record<number, string> = {};
    for (const c of mapping.columns) override[c.column] = c.field;
    for (const [field, column] of edits) {
      for (const [k, v] of Object.entries(override)) if (v === field) override[Number(k)] = '';
      if (column !== NONE) override[Number(column)] = field;
    }
    setSaving(true);
    try {
      await onSave(override);
      setEdits(new Map());
    } finally {
      setSaving(false);
    }
  };

  const fieldRow = (field: string) => {
    const column = columnOf(field);
    const match = found.get(field);
    const hint = edits.has(field) ? 'Your choice (not saved yet)' : !match ? 'Not found' : match.confidence < DOUBTFUL ? `Doubtful match (${Math.round(match.confidence * 100)}%)` : `Found (${Math.round(match.confidence * 100)}%)`;
    return (
      <Field key={field} label={fieldLabel(field)} hint={hint}>
        <Combobox
          aria-label={`Column for ${fieldLabel(field)}`}
          className={styles.combo}
          input={{ className: styles.comboInput }}
          value={column === NONE ? 'Not mapped' : choiceText(Number(column))}
          selectedOptions={[column]}
          onOptionSelect={(_, d) => setEdits(new Map(edits).set(field, d.optionValue ?? NONE))}
        >
          <Option value={NONE}>Not mapped</Option>
          {view.headers.map((h) => (
            <Option key={h.column} value={String(h.column)} text={choiceText(h.column)}>
              {choiceText(h.column)}
            </Option>
          ))}
        </Combobox>
      </Field>
    );
  };
  const count = (fields: string[]) => `${fields.filter((f) => found.has(f)).length} of ${fields.length} found`;

  if (!mapping.sheet) return null;
  return (
    <section aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">Column mapping</h2>
      {groups.decide.length > 0 ? (
        <>
          <Text as="p">These need a decision: choose the column that holds each, or leave it not mapped.</Text>
          <div className={styles.fields}>{groups.decide.map(fieldRow)}</div>
        </>
      ) : (
        <Text as="p">Every key column was found. Open a group to check or correct it.</Text>
      )}
      <Accordion multiple collapsible>
        <AccordionItem value="ratings">
          <AccordionHeader>NOS ratings: {groups.ratingCodesFound} of {groups.ratingCodes} found</AccordionHeader>
          <AccordionPanel>
            <div className={styles.fields}>
              {groups.ratings.length ? groups.ratings.map(fieldRow) : <Text>No rating columns were found.</Text>}
            </div>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="details">
          <AccordionHeader>Staff details: {count(groups.details)}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.fields}>{groups.details.map(fieldRow)}</div>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="compliance">
          <AccordionHeader>Compliance training: {count(groups.compliance)}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.fields}>{groups.compliance.map(fieldRow)}</div>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="unused">
          <AccordionHeader>Columns not used: {mapping.unusedColumns.length}</AccordionHeader>
          <AccordionPanel>
            {mapping.unusedColumns.length === 0 ? (
              <Text>Every column is used.</Text>
            ) : (
              <ul className={styles.unused}>
                {mapping.unusedColumns.map((u) => (
                  <li key={u.column}>
                    {u.column} · {u.header || '(no header)'}: {u.reason}
                  </li>
                ))}
              </ul>
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {edits.size > 0 && (
        <Button className={styles.save} appearance="primary" disabled={saving} onClick={save}>
          {saving ? 'Saving…' : 'Save mapping'}
        </Button>
      )}
    </section>
  );
}
