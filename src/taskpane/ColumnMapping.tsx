import { Button, Dropdown, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { StaffField } from '../core/staffMember';
import type { StaffTableView } from './_lib/loadStaffTable';
import { FIELD_LABELS, fieldLabel } from './_lib/fieldLabels';

interface Props {
  view: StaffTableView;
  onSave: (override: Record<number, string>) => Promise<void>;
}

const NONE = 'none';

/** The field -> column mapping: every field with the column found and its confidence; any row can be corrected and saved. */
export function ColumnMapping({ view, onSave }: Props) {
  const { mapping } = view.input;
  const found = useMemo(() => new Map(mapping.columns.map((c) => [c.field as string, c])), [mapping]);
  const fields = useMemo(() => [...(Object.keys(FIELD_LABELS) as StaffField[]), ...mapping.columns.filter((c) => c.field.startsWith('rating:')).map((c) => c.field as string)], [mapping]);
  const [edits, setEdits] = useState<Map<string, string>>(new Map());
  const [saving, setSaving] = useState(false);
  const columnOf = (field: string) => edits.get(field) ?? (found.has(field) ? String(found.get(field)!.column) : NONE);
  const headerOf = (column: string) => view.headers.find((h) => String(h.column) === column)?.header ?? 'Not mapped';

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

  if (!mapping.sheet) return null;
  return (
    <section aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">Column mapping</h2>
      <Text as="p">Check which column holds each field. Correct any that are wrong, then save: the workbook remembers it.</Text>
      <Table size="small" aria-labelledby="mapping-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Field</TableHeaderCell>
            <TableHeaderCell>Column</TableHeaderCell>
            <TableHeaderCell>Confidence</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fields.map((field) => {
            const column = columnOf(field);
            const confidence = edits.has(field) ? 'Your choice' : found.has(field) ? `${Math.round(found.get(field)!.confidence * 100)}%` : 'Not found';
            return (
              <TableRow key={field}>
                <TableCell>{fieldLabel(field)}</TableCell>
                <TableCell>
                  <Dropdown
                    aria-label={`Column for ${fieldLabel(field)}`}
                    size="small"
                    value={column === NONE ? 'Not mapped' : headerOf(column)}
                    selectedOptions={[column]}
                    onOptionSelect={(_, d) => setEdits(new Map(edits).set(field, d.optionValue ?? NONE))}
                  >
                    <Option value={NONE}>Not mapped</Option>
                    {view.headers.map((h) => (
                      <Option key={h.column} value={String(h.column)}>
                        {h.header}
                      </Option>
                    ))}
                  </Dropdown>
                </TableCell>
                <TableCell>{confidence}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Button appearance="primary" disabled={edits.size === 0 || saving} onClick={save}>
        {saving ? 'Saving…' : 'Save mapping'}
      </Button>
    </section>
  );
}
