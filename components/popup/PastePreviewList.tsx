import { memo } from 'react';
import { rejectionWords } from '../../lib/preflight/reading-words';
import type { ThreadDetails } from '../../lib/codes/thread-details';
import {
  codeFields,
  codeLabel,
  type CodeEdits,
  type CodeField,
  type CodeFieldErrors,
  type CodeFields,
} from '../../lib/inventory/code-fields';
import {
  PREVIEW_LIMIT,
  unsavedNote,
  type PastePreview,
  type PreviewItem,
  type RejectedFragment,
} from '../../lib/inventory/paste-preview';
import { num, t } from '../common/i18n';

/** Long fragments (a whole unreadable paragraph) are cut for display; the box keeps them whole. */
const FRAGMENT_DISPLAY_CHARS = 160;

function clip(text: string): string {
  return text.length > FRAGMENT_DISPLAY_CHARS ? `${text.slice(0, FRAGMENT_DISPLAY_CHARS)}…` : text;
}

function moreFragments(shown: number, total: number) {
  return total > shown ? (
    <p className="hint">{t('preview_moreFragments', [num(shown), num(total)])}</p>
  ) : null;
}

interface Props {
  preview: PastePreview;
  /** Puts the suggested code in place of a fragment that only lacked its `#`. */
  onAcceptSuggestion(fragment: RejectedFragment): void;
  /** Each code's own details found beside it in the paste, and what the buyer typed over them. */
  thread: ReadonlyMap<string, ThreadDetails>;
  edits: CodeEdits;
  codeErrors: Readonly<Record<string, CodeFieldErrors>>;
  /** Kept stable by the caller, so a row redraws only when its own values change. */
  onCodeField(code: string, field: CodeField, value: string): void;
}

interface RowProps {
  item: PreviewItem;
  index: number;
  found: ThreadDetails | undefined;
  edit: Partial<CodeFields> | undefined;
  errors: CodeFieldErrors | undefined;
  onCodeField: Props['onCodeField'];
}

const PreviewRow = memo(function PreviewRow({
  item,
  index,
  found,
  edit,
  errors,
  onCodeField,
}: RowProps) {
  return (
    <li className="preview-item">
      <code className="code-text">{item.code}</code>
      <span className="badges">
        <span className={`badge ${item.known ? 'badge-known' : 'badge-new'}`}>
          {item.known ? t('preview_known') : t('preview_new')}
        </span>
        {item.occurrences > 1 && (
          <span className="badge">{t('preview_occurrences', [num(item.occurrences)])}</span>
        )}
      </span>
      {item.warnings.length > 0 && (
        <ul className="warnings" aria-label={t('preview_warnings')}>
          {item.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <CodeInputs
        code={item.code}
        index={index}
        fields={codeFields(found, edit)}
        errors={errors}
        onChange={(field, value) => onCodeField(item.code, field, value)}
      />
    </li>
  );
});

/** Message names of each input's label and placeholder. */
const CODE_FIELDS: readonly { field: CodeField; label: string; placeholder: string }[] = [
  { field: 'creatorHandle', label: 'preview_creator', placeholder: 'preview_creatorExample' },
  { field: 'expectedPost', label: 'preview_post', placeholder: 'preview_postExample' },
  { field: 'term', label: 'preview_term', placeholder: 'preview_termExample' },
];

/**
 * One code's creator, post and length, small enough to sit under the code. Each label keeps its
 * visible word first and adds the code, so a screen reader says which code the input is for.
 */
function CodeInputs({
  code,
  index,
  fields,
  errors,
  onChange,
}: {
  code: string;
  index: number;
  fields: CodeFields;
  errors: CodeFieldErrors | undefined;
  onChange(field: CodeField, value: string): void;
}) {
  return (
    <div className="code-fields">
      {CODE_FIELDS.map(({ field, label, placeholder }) => {
        const id = `preview-${index}-${field}`;
        const error = errors?.[field];
        return (
          <span className="code-field" key={field}>
            <label htmlFor={id}>
              {t(label)}
              <span className="visually-hidden"> {t('preview_forCode', [codeLabel(code)])}</span>
            </label>
            <input
              id={id}
              type="text"
              value={fields[field]}
              placeholder={t(placeholder)}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => onChange(field, e.target.value)}
            />
            {error && (
              <span className="field-error" id={`${id}-error`}>
                {t(error)}
              </span>
            )}
          </span>
        );
      })}
    </div>
  );
}

export function PastePreviewList({
  preview,
  onAcceptSuggestion,
  thread,
  edits,
  codeErrors,
  onCodeField,
}: Props) {
  const items = preview.items.slice(0, PREVIEW_LIMIT);
  const rejected = preview.rejected.slice(0, PREVIEW_LIMIT);
  return (
    <>
      {items.length > 0 && (
        <section aria-labelledby="preview-codes-heading">
          <h2 id="preview-codes-heading">{t('preview_codesTitle')}</h2>
          <ul className="preview-list">
            {items.map((item, index) => (
              <PreviewRow
                key={item.code}
                item={item}
                index={index}
                found={thread.get(item.code)}
                edit={edits[item.code]}
                errors={codeErrors[item.code]}
                onCodeField={onCodeField}
              />
            ))}
          </ul>
          {items.length < preview.items.length && (
            <p className="hint">
              {t('preview_moreCodes', [
                num(items.length),
                num(preview.items.length),
                unsavedNote(preview, t),
              ])}
            </p>
          )}
        </section>
      )}
      {rejected.length > 0 && (
        <section aria-labelledby="preview-rejected-heading">
          <h2 id="preview-rejected-heading">{t('preview_rejectedTitle')}</h2>
          <ul className="preview-list">
            {rejected.map((fragment) => (
              <li key={`${fragment.start}-${fragment.end}`} className="preview-item rejected">
                <code className="code-text">{clip(fragment.raw)}</code>
                <span className="reason">{rejectionWords(fragment.reason, t)}</span>
                {fragment.suggestion && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onAcceptSuggestion(fragment)}
                  >
                    {t('preview_addHash')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {moreFragments(rejected.length, preview.rejected.length)}
        </section>
      )}
    </>
  );
}
