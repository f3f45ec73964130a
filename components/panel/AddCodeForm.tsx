import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CodeField, CodeFieldErrors, CodeFields } from '../../lib/inventory/code-fields';
import { detailsToAdd } from '../../lib/panel/details-to-add';
import { t } from './t';

interface AddCodeFormProps {
  /** 0-based place in the field: names the inputs apart from other rows' forms. */
  index: number;
  /** What the code's own words in the field suggest; the buyer edits over it. */
  suggested: CodeFields;
  today: string;
  busy: boolean;
  onAdd: (fields: CodeFields) => void;
  onCancel: () => void;
}

/** Each input's label, hint and placeholder: message names. */
const FIELDS: { field: CodeField; label: string; hint: string; placeholder: string }[] = [
  {
    field: 'creatorHandle',
    label: 'panel_addCreator',
    hint: '',
    placeholder: 'panel_addCreatorPlaceholder',
  },
  {
    field: 'expectedPost',
    label: 'panel_addPost',
    hint: '',
    placeholder: 'panel_addPostPlaceholder',
  },
  {
    field: 'term',
    label: 'panel_addTerm',
    hint: 'panel_addTermHint',
    placeholder: 'panel_addTermPlaceholder',
  },
];

/**
 * A code's details before it goes into the inventory: creator, expected post and how long the
 * authorization lasts, filled from the words next to the code in the field. With them the checks
 * can pass on the buyer's records instead of staying unknown.
 */
export function AddCodeForm({ index, suggested, today, busy, onAdd, onCancel }: AddCodeFormProps) {
  const [fields, setFields] = useState<CodeFields>(suggested);
  const [errors, setErrors] = useState<CodeFieldErrors>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const id = (field: string) => `sp-add-${index}-${field}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = detailsToAdd(fields, undefined, today);
    if (!read.ok) {
      setErrors(read.errors);
      const wrong = FIELDS.find(({ field }) => read.errors[field]);
      if (wrong) document.getElementById(id(wrong.field))?.focus();
      return;
    }
    onAdd(fields);
  };

  return (
    <form
      className="sp-add"
      aria-label={t('panel_addFormLabel', [index + 1])}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      {FIELDS.map(({ field, label, hint, placeholder }, at) => {
        const described = [hint && id(`${field}-hint`), errors[field] && id(`${field}-error`)]
          .filter(Boolean)
          .join(' ');
        return (
          <div className="sp-add__field" key={field}>
            <label htmlFor={id(field)}>{t(label)}</label>
            <input
              ref={at === 0 ? first : undefined}
              id={id(field)}
              type="text"
              value={fields[field]}
              placeholder={t(placeholder)}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={described || undefined}
              onChange={(event) => {
                const value = event.target.value;
                setFields((all) => ({ ...all, [field]: value }));
                setErrors((all) => ({ ...all, [field]: undefined }));
              }}
            />
            {hint ? (
              <span className="sp-muted sp-add__hint" id={id(`${field}-hint`)}>
                {t(hint)}
              </span>
            ) : null}
            {errors[field] ? (
              <span className="sp-add__error" id={id(`${field}-error`)}>
                {t(errors[field])}
              </span>
            ) : null}
          </div>
        );
      })}
      <div className="sp-add__actions">
        <button type="submit" className="sp-button" disabled={busy}>
          {t('panel_addSave')}
        </button>
        <button type="button" className="sp-tool" onClick={onCancel}>
          {t('panel_addCancel')}
        </button>
      </div>
    </form>
  );
}
