import { Button, Dropdown, Field, Input, Option, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookRead } from '../excel/readWorkbook';
import type { StaffTableView, TableChoice } from './_lib/loadStaffTable';

interface Props {
  read: WorkbookRead;
  view: StaffTableView;
  onChoose: (choice: TableChoice) => void;
}

interface Place {
  key: string;
  label: string;
  sheet: string;
  headerRow?: number;
}

function places(read: WorkbookRead): Place[] {
  const out: Place[] = [];
  for (const s of read.raw.sheets) {
    out.push({ key: `sheet:${s.name}`, label: `Sheet: ${s.name}`, sheet: s.name });
    for (const t of s.tables ?? []) {
      const row = Number(/\d+/.exec(t.ref)?.[0]);
      out.push({ key: `table:${s.name}:${t.name}`, label: `Table: ${t.name} (on ${s.name})`, sheet: s.name, headerRow: row || undefined });
    }
  }
  return out;
}

/** Where the staff table is: the detected sheet and header row, and a list of sheets and tables to choose from. */
export function TablePicker({ read, view, onChoose }: Props) {
  const { mapping, staff } = view.input;
  const list = places(read);
  const current = list.find((p) => p.key === `sheet:${mapping.sheet}`);
  const [row, setRow] = useState(String(mapping.headerRow || ''));
  return (
    <section aria-labelledby="table-heading">
      <h2 id="table-heading">Staff table</h2>
      {mapping.sheet ? (
        <Text as="p">
          Found on sheet <b>{mapping.sheet}</b>, header row {mapping.headerRow}: {staff.length} staff.
        </Text>
      ) : (
        <Text as="p">No staff table found yet. Choose the sheet that lists your staff.</Text>
      )}
      <Field label="Sheet or table with your staff">
        <Dropdown
          value={current?.label ?? ''}
          selectedOptions={current ? [current.key] : []}
          onOptionSelect={(_, data) => {
            const place = list.find((p) => p.key === data.optionValue);
            if (place) {
              setRow(place.headerRow ? String(place.headerRow) : '');
              onChoose({ sheet: place.sheet, headerRow: place.headerRow });
            }
          }}
        >
          {list.map((p) => (
            <Option key={p.key} value={p.key}>
              {p.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Header row (the row number Excel shows)">
        <Input type="number" min={1} value={row} onChange={(_, d) => setRow(d.value)} />
      </Field>
      <Button disabled={!mapping.sheet || !(Number(row) > 0)} onClick={() => onChoose({ sheet: mapping.sheet, headerRow: Number(row) })}>
        Use this header row
      </Button>
    </section>
  );
}
