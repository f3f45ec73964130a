import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useImperativeHandle, useRef, type Ref } from 'react';
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
  type PastePreview,
  type PreviewItem,
  type RejectedFragment,
} from '../../lib/inventory/paste-preview';
import { num, t } from '../common/i18n';
import { useRowKeptForFocus } from '../common/virtual-focus';

/** A row with no warnings and no errors; real heights are measured as rows are drawn. */
const ESTIMATED_ROW_PX = 74;

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

/** Lets the Add panel bring a code's row into view and focus its first invalid input. */
export interface PreviewListHandle {
  focusInvalid(code: string): void;
}

interface Props {
  preview: PastePreview;
  handle?: Ref<PreviewListHandle>;
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
    <div className="preview-item">
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
    </div>
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

/**
 * Every code found, however many: only the rows in view (and a few either side) are in the DOM,
 * so a paste of 10,000 codes scrolls like one of 10. Screen readers hear "item 5 of 10,000"
 * through aria-setsize and aria-posinset.
 */
function PreviewCodes({
  items,
  handle,
  thread,
  edits,
  codeErrors,
  onCodeField,
}: Omit<Props, 'preview' | 'onAcceptSuggestion'> & { items: readonly PreviewItem[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const { rangeExtractor, focusHandlers } = useRowKeptForFocus();
  // eslint-disable-next-line react-hooks/incompatible-library -- the build has no React Compiler, so nothing memoizes this component
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 4,
    getItemKey: (index) => items[index]?.code ?? index,
    rangeExtractor,
  });

  useImperativeHandle(
    handle,
    () => ({
      focusInvalid(code) {
        const index = items.findIndex((item) => item.code === code);
        if (index < 0) return;
        virtualizer.scrollToIndex(index, { align: 'auto' });
        // The row is drawn once the virtualizer has seen the scroll, a frame or two later.
        let frames = 0;
        const focusWhenDrawn = () => {
          const input = scroller.current?.querySelector<HTMLElement>(
            `[data-index="${index}"] [aria-invalid="true"]`,
          );
          if (input) input.focus();
          else if (frames++ < 10) requestAnimationFrame(focusWhenDrawn);
        };
        focusWhenDrawn();
      },
    }),
    [items, virtualizer],
  );

  return (
    <div
      ref={scroller}
      className="preview-list preview-scroller"
      tabIndex={0}
      role="region"
      aria-label={t('preview_list')}
      {...focusHandlers}
    >
      <div
        role="list"
        aria-labelledby="preview-codes-heading"
        className="list-sizer"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <div
              key={row.key}
              role="listitem"
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className="list-item"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <PreviewRow
                item={item}
                index={row.index}
                found={thread.get(item.code)}
                edit={edits[item.code]}
                errors={codeErrors[item.code]}
                onCodeField={onCodeField}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

export function PastePreviewList({ preview, onAcceptSuggestion, ...codes }: Props) {
  const rejected = preview.rejected.slice(0, PREVIEW_LIMIT);
  return (
    <>
      {preview.items.length > 0 && (
        <section aria-labelledby="preview-codes-heading">
          <h2 id="preview-codes-heading">{t('preview_codesTitle')}</h2>
          <PreviewCodes items={preview.items} {...codes} />
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
