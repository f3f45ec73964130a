import { useEffect, useRef, useState } from 'react';
import type { CodeRecord } from '../../lib/records/schema';
import type { AccountOption } from '../../lib/inventory/accounts';
import {
  formFromRecord,
  patchFromForm,
  type DetailsErrors,
  type DetailsField,
  type DetailsForm,
} from '../../lib/inventory/details-form';
import { shortCode } from '../../lib/inventory/display';
import { CodeHistory } from './CodeHistory';
import { TeamTimeline } from './TeamTimeline';
import { DetailsFields } from './DetailsFields';
import { useActions } from './use-actions';
import { useServices } from './services';
import { t } from '../common/i18n';

interface Props {
  record: CodeRecord;
  accounts: readonly AccountOption[];
}

/** Inline editor for one code's details; Escape or Cancel leaves it unchanged. */
export function EditCodeForm({ record, accounts }: Props) {
  const actions = useActions();
  const { ui } = useServices();
  // The form starts from the record as it was when editing began, so a background write
  // while the buyer types does not wipe what they typed.
  const [before] = useState(() => formFromRecord(record));
  const [form, setForm] = useState<DetailsForm>(before);
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [saving, setSaving] = useState(false);
  const root = useRef<HTMLFormElement>(null);
  const submit = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    root.current?.querySelector<HTMLInputElement>('input, select')?.focus();
  }, []);

  // A failed save enables the form again; the Save button, disabled meanwhile, takes focus back.
  const wasSaving = useRef(false);
  useEffect(() => {
    if (wasSaving.current && !saving) submit.current?.focus();
    wasSaving.current = saving;
  }, [saving]);

  function onField(field: DetailsField, value: string) {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  }

  async function save() {
    const read = patchFromForm(form, before);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setSaving(true);
    const saved = await actions.saveDetails(record.code, read.patch);
    // Saved, the row puts focus back on its Edit button; failed, the form stays for another try.
    if (!saved) setSaving(false);
  }

  return (
    <form
      ref={root}
      className="edit-form"
      aria-label={t('edit_formName', [shortCode(record.code)])}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          ui.getState().stopEdit();
        }
      }}
    >
      <DetailsFields
        form={form}
        errors={errors}
        onChange={onField}
        accounts={accounts}
        idPrefix="edit"
        disabled={saving}
      />
      <div className="actions-row">
        <button type="submit" className="primary" disabled={saving} ref={submit}>
          {t('edit_save')}
        </button>
        <button type="button" onClick={() => ui.getState().stopEdit()}>
          {t('edit_cancel')}
        </button>
      </div>
      <CodeHistory code={record.code} />
      <TeamTimeline code={record.code} />
    </form>
  );
}
