import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PaneSettings } from '../core/choices/paneSettings';
import { formatDate, parseDate } from './_lib/localeDate';

interface Props {
  settings: PaneSettings;
  today: string;
  locale: string;
  onSave: (settings: PaneSettings) => Promise<void>;
}

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  input: { minWidth: 0, width: '100%' },
  save: { alignSelf: 'flex-start' },
});

function numberProblem(text: string): string | undefined {
  return text.trim() === '' || Number(text) > 0 ? undefined : 'Enter a number above 0, or leave it blank for the default.';
}

/** Organisation, audit date (today unless changed, written the user's way), full-time hours and CPD target: kept in the workbook. */
export function SettingsForm({ settings, today, locale, onSave }: Props) {
  const styles = useStyles();
  const [draft, setDraft] = useState<PaneSettings>({ ...settings, auditDate: formatDate(settings.auditDate || today, locale) });
  const [saving, setSaving] = useState(false);
  const set = (key: keyof PaneSettings) => (_: unknown, d: { value: string }) => setDraft({ ...draft, [key]: d.value });
  const auditDate = parseDate(draft.auditDate, locale);
  const dateProblem = auditDate ? undefined : `Enter a date such as ${formatDate(today, locale)}.`;
  const invalid = Boolean(numberProblem(draft.fullTimeHours) || numberProblem(draft.cpdTargetHours) || dateProblem);
  const save = async () => {
    setSaving(true);
    try {
      // Today is the default, not a setting: an unchanged date is not stored, so it stays "today" next time.
      await onSave({ ...draft, auditDate: auditDate === today ? '' : auditDate! });
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className={styles.fields}>
      <Field label="Organisation name">
        <Input className={styles.input} value={draft.organisation} onChange={set('organisation')} />
      </Field>
      <Field label="Audit date" hint="Today unless you change it." validationMessage={dateProblem}>
        <Input className={styles.input} value={draft.auditDate} onChange={set('auditDate')} />
      </Field>
      <Field label="Full-time hours per week" hint="Blank: 37" validationMessage={numberProblem(draft.fullTimeHours)}>
        <Input className={styles.input} type="number" value={draft.fullTimeHours} onChange={set('fullTimeHours')} />
      </Field>
      <Field label="CPD target hours a year" hint="Blank: 15" validationMessage={numberProblem(draft.cpdTargetHours)}>
        <Input className={styles.input} type="number" value={draft.cpdTargetHours} onChange={set('cpdTargetHours')} />
      </Field>
      <Button className={styles.save} disabled={invalid || saving} onClick={save}>
        {saving ? 'Saving…' : 'Save settings'}
      </Button>
    </div>
  );
}
