import { Button, Combobox, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
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

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  combo: { minWidth: 0, width: '100%', boxSizing: 'border-box', gridTemplateColumns: 'minmax(0, 1fr) auto' },
  comboInput: { minWidth: 0 },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap', rowGap: tokens.spacingVerticalS },
  rowInput: { width: '6em' },
});

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

/** Where the staff table is: a sheet or table to choose, and the header row. */
export function TablePicker({ read, view, onChoose }: Props) {
  const styles = useStyles();
  const { mapping } = view.input;
  const list = places(read);
  const current = list.find((p) => p.key === `sheet:${mapping.sheet}`);
  const [row, setRow] = useState(String(mapping.headerRow || ''));
  return (
    <div className={styles.fields}>
      <Field label="Sheet or table with your staff">
        <Combobox
          className={styles.combo}
          input={{ className: styles.comboInput }}
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
        </Combobox>
      </Field>
      <div className={styles.row}>
        <Field label="Header row">
          <Input className={styles.rowInput} type="number" min={1} value={row} onChange={(_, d) => setRow(d.value)} />
        </Field>
        <Button disabled={!mapping.sheet || !(Number(row) > 0)} onClick={() => onChoose({ sheet: mapping.sheet, headerRow: Number(row) })}>
          Use this row
        </Button>
      </div>
    </div>
  );
}
