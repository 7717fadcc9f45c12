import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { PaneSettings } from './_lib/paneSettings';

interface Props {
  settings: PaneSettings;
  today: string;
  onSave: (settings: PaneSettings) => Promise<void>;
}

function numberProblem(text: string): string | undefined {
  return text.trim() === '' || Number(text) > 0 ? undefined : 'Enter a number above 0, or leave it blank for the default.';
}

/** Organisation, audit date (today unless changed), full-time hours and CPD target: stored in the workbook. */
export function SettingsForm({ settings, today, onSave }: Props) {
  const [draft, setDraft] = useState<PaneSettings>({ ...settings, auditDate: settings.auditDate || today });
  const [saving, setSaving] = useState(false);
  const set = (key: keyof PaneSettings) => (_: unknown, d: { value: string }) => setDraft({ ...draft, [key]: d.value });
  const invalid = Boolean(numberProblem(draft.fullTimeHours) || numberProblem(draft.cpdTargetHours));
  const save = async () => {
    setSaving(true);
    try {
      // Today is the default, not a setting: an unchanged date is not stored, so it stays "today" next time.
      await onSave({ ...draft, auditDate: draft.auditDate === today ? '' : draft.auditDate });
    } finally {
      setSaving(false);
    }
  };
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <Field label="Organisation name">
        <Input value={draft.organisation} onChange={set('organisation')} />
      </Field>
      <Field label="Audit date" hint="Today unless you change it.">
        <Input type="date" value={draft.auditDate} onChange={set('auditDate')} />
      </Field>
      <Field label="Full-time hours per week" hint="Blank: 37" validationMessage={numberProblem(draft.fullTimeHours)}>
        <Input type="number" value={draft.fullTimeHours} onChange={set('fullTimeHours')} />
      </Field>
      <Field label="CPD target hours a year" hint="Blank: 15" validationMessage={numberProblem(draft.cpdTargetHours)}>
        <Input type="number" value={draft.cpdTargetHours} onChange={set('cpdTargetHours')} />
      </Field>
      <Button disabled={invalid || saving} onClick={save}>
        {saving ? 'Saving…' : 'Save settings'}
      </Button>
    </section>
  );
}
