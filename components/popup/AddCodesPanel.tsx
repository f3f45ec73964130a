import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import type { ThreadDetails } from '../../lib/codes/thread-details';
import { accountOptions } from '../../lib/inventory/accounts';
import {
  codeFields,
  mergeDetails,
  todayIn,
  type CodeEdits,
  type CodeField,
  type CodeFieldErrors,
} from '../../lib/inventory/code-fields';
import { readCodeFields } from '../../lib/inventory/read-code-fields';
import {
  detailsFromForm,
  emptyDetailsForm,
  type DetailsErrors,
  type DetailsField,
  type DetailsForm,
} from '../../lib/inventory/details-form';
import {
  acceptSuggestion,
  buildPastePreview,
  summarizePreview,
  type RejectedFragment,
} from '../../lib/inventory/paste-preview';
import type { IncomingCode } from '../../lib/db/repository';
import { MAX_DRAFT_BYTES, type AddDraft } from '../../lib/settings/add-draft';
import type { Settings } from '../../lib/settings/schema';
import { DetailsFields } from './DetailsFields';
import { PastePreviewList, type PreviewListHandle } from './PastePreviewList';
import { useActions } from './use-actions';
import type { Inventory } from './use-inventory';
import { useServices } from './services';
import { usePasteReading } from './use-paste-reading';
import { num, t } from '../common/i18n';

/** Typing pauses this long before the paste is scanned again. */
const SCAN_DELAY_MS = 200;
const LARGE_PASTE_CHARS = 100_000;
/**
 * Text longer than this is held folded away instead of in the textarea: the browser lays out
 * every line of a textarea in one go (seconds for a few megabytes) and even setting its value
 * copies and scans all of it, while nothing on the page can answer a key. About 60 ms of
 * layout on a slow laptop.
 */
const FOLD_CHARS = 50_000;
/** The draft is written this long after the last change, and at once when the popup hides. */
const DRAFT_DELAY_MS = 300;

type Note = { tone: 'info' | 'error'; text: string };

const noDetails: ReadonlyMap<string, ThreadDetails> = new Map();

const megabytes = (bytes: number) => t('unit_megabytes', [(bytes / 1024 / 1024).toFixed(1)]);

const formRecord = (form: DetailsForm): Record<string, string> =>
  Object.fromEntries(Object.entries(form));

function formOfDraft(stored: Record<string, string>): DetailsForm {
  const form = { ...emptyDetailsForm };
  for (const field of Object.keys(form) as DetailsField[]) {
    if (typeof stored[field] === 'string') form[field] = stored[field];
  }
  return form;
}

export function AddCodesPanel({
  inventory,
  settings,
}: {
  inventory: Inventory;
  settings: Settings;
}) {
  const actions = useActions();
  const { ui, drafts, clock } = useServices();
  const box = useRef<HTMLTextAreaElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const outcomeLine = useRef<HTMLParagraphElement>(null);
  const previewList = useRef<PreviewListHandle>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const today = todayIn(clock.now(), clock.timeZone);
  const paste = usePasteReading(today);
  const scan = paste.shown;
  const [form, setForm] = useState<DetailsForm>(emptyDetailsForm);
  // Until the buyer picks an account, new codes go to the default one from Options.
  const [accountTouched, setAccountTouched] = useState(false);
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [edits, setEdits] = useState<CodeEdits>({});
  const [codeErrors, setCodeErrors] = useState<Readonly<Record<string, CodeFieldErrors>>>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [draftNote, setDraftNote] = useState<Note | null>(null);
  const [folded, setFolded] = useState<number | null>(null);
  const showTextButton = useRef<HTMLButtonElement>(null);
  // The box's text while it is folded away; the textarea is empty and hidden meanwhile.
  const held = useRef<string | null>(null);
  const boxText = () => held.current ?? box.current?.value ?? '';

  // The draft: what is in the box and the inputs, written shortly after every change.
  const draftTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const draftPending = useRef(false);
  // No write until the stored draft has been read, or an empty box would overwrite it.
  const draftLoaded = useRef(!drafts);
  const latest = useRef({ form, accountTouched, edits });
  latest.current = { form, accountTouched, edits };

  function currentDraft(): AddDraft {
    const { form, accountTouched, edits } = latest.current;
    return { text: boxText(), form: formRecord(form), accountTouched, edits };
  }

  function writeDraft(draft = currentDraft()) {
    clearTimeout(draftTimer.current);
    draftPending.current = false;
    if (!drafts || !draftLoaded.current) return;
    drafts.save(draft).then(
      (result) =>
        setDraftNote((note) =>
          result.kind === 'too-large'
            ? {
                tone: 'error',
                text: t('add_draftTooLarge', [megabytes(result.bytes), megabytes(MAX_DRAFT_BYTES)]),
              }
            : note?.tone === 'error'
              ? null
              : note,
        ),
      (error: unknown) =>
        setDraftNote({
          tone: 'error',
          text: t('add_draftFailed', [error instanceof Error ? error.message : String(error)]),
        }),
    );
  }

  function scheduleDraft() {
    draftPending.current = true;
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(() => writeDraft(), DRAFT_DELAY_MS);
  }

  /** Puts `text` in the box, or holds it folded away when it is too long to draw. */
  function putText(text: string) {
    const fold = text.length >= FOLD_CHARS;
    const hadFocus = document.activeElement === box.current;
    held.current = fold ? text : null;
    if (box.current) box.current.value = fold ? '' : text;
    setFolded(fold ? text.length : null);
    // The box is hidden once folded: the keyboard goes to the button that shows it again.
    if (fold && hadFocus) setTimeout(() => showTextButton.current?.focus());
  }

  /** A paste that makes the box too long to draw goes in folded; any other, as the browser does. */
  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const field = event.currentTarget;
    const pasted = event.clipboardData.getData('text/plain');
    if (field.value.length + pasted.length < FOLD_CHARS) return;
    const text =
      field.value.slice(0, field.selectionStart) + pasted + field.value.slice(field.selectionEnd);
    event.preventDefault();
    putText(text);
    onInput(text);
  }

  /** The buyer asked to see the text: drawn in the box, however long it takes. */
  function unfold() {
    if (box.current) box.current.value = held.current ?? box.current.value;
    held.current = null;
    setFolded(null);
    // After the render that shows it.
    setTimeout(() => box.current?.focus());
  }

  function showDraft(draft: AddDraft) {
    putText(draft.text);
    const restoredForm = formOfDraft(draft.form);
    latest.current = {
      form: restoredForm,
      accountTouched: draft.accountTouched,
      edits: draft.edits,
    };
    setForm(restoredForm);
    setAccountTouched(draft.accountTouched);
    setEdits(draft.edits);
    setErrors({});
    setCodeErrors({});
    scanNow(draft.text);
  }

  useEffect(() => {
    if (!drafts) return;
    let live = true;
    drafts.load().then(
      (draft) => {
        if (!live) return;
        draftLoaded.current = true;
        // Whatever the buyer started typing meanwhile wins over an older draft.
        if (!draft || boxText() !== '') return;
        showDraft(draft);
        setDraftNote({
          tone: 'info',
          text: t('add_draftBack'),
        });
      },
      () => {
        draftLoaded.current = true;
      },
    );
    return () => {
      live = false;
    };
    // Runs once per popup; the helpers it calls read refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drafts]);

  // A popup closes without warning when the buyer clicks elsewhere: write what is pending now.
  useEffect(() => {
    const flush = () => {
      if (draftPending.current) writeDraft();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(timer.current);
      flush();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The Save button is disabled once the box holds no new code: focus goes to what was saved.
  useEffect(() => {
    if (outcome) outcomeLine.current?.focus();
  }, [outcome]);
  // A failed save: the button, disabled while saving, takes focus back for another try.
  const [retry, setRetry] = useState(0);
  useEffect(() => {
    if (retry) saveButton.current?.focus();
  }, [retry]);

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    scheduleDraft();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, accountTouched, edits]);

  const effectiveForm = accountTouched
    ? form
    : { ...form, adAccountId: settings.defaultAdAccountId ?? '' };

  const known = useMemo(() => new Set(inventory.byCode.keys()), [inventory.byCode]);
  const preview = useMemo(
    () => (scan ? buildPastePreview(scan, known, scan.chars) : null),
    [scan, known],
  );
  const summary = summarizePreview(preview, t);
  const thread = scan?.thread ?? noDetails;
  const accounts = useMemo(
    () =>
      accountOptions(
        inventory.records.map((r) => r.adAccountId),
        settings.accounts,
      ),
    [inventory.records, settings.accounts],
  );

  function scanNow(text: string) {
    clearTimeout(timer.current);
    void paste.read(text);
  }

  function onInput(text: string) {
    setOutcome(null);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => scanNow(text), SCAN_DELAY_MS);
    scheduleDraft();
  }

  // Stable: only the setters are used, so preview rows that did not change skip redrawing.
  const onCodeField = useCallback((code: string, field: CodeField, value: string) => {
    setEdits((all) => ({ ...all, [code]: { ...all[code], [field]: value } }));
    setCodeErrors((all) =>
      all[code]?.[field] ? { ...all, [code]: { ...all[code], [field]: undefined } } : all,
    );
  }, []);

  function discardDraft() {
    const snapshot = currentDraft();
    showDraft({ text: '', form: formRecord(emptyDetailsForm), accountTouched: false, edits: {} });
    setOutcome(null);
    setDraftNote(null);
    clearTimeout(draftTimer.current);
    draftPending.current = false;
    void drafts?.clear();
    ui.getState().pushToast({
      tone: 'info',
      message: t('add_draftDiscarded'),
      undo: async () => {
        showDraft(snapshot);
        writeDraft(snapshot);
        box.current?.focus();
      },
    });
    box.current?.focus();
  }

  function acceptFragment(fragment: RejectedFragment) {
    const text = boxText();
    const next = acceptSuggestion(text, fragment);
    if (next !== null) putText(next);
    scanNow(next ?? text);
    scheduleDraft();
  }

  function onField(field: DetailsField, value: string) {
    if (field === 'adAccountId') setAccountTouched(true);
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  }

  async function save() {
    // A save right after typing must not use a stale scan.
    clearTimeout(timer.current);
    const text = boxText();
    const current = await paste.readingOf(text);
    if (!current || current.codes.length === 0) return;
    const read = detailsFromForm(effectiveForm);
    const found = current.thread;
    const items: IncomingCode[] = [];
    const invalid: Record<string, CodeFieldErrors> = {};
    for (const c of current.codes) {
      const own = readCodeFields(codeFields(found.get(c.code), edits[c.code]), today);
      if (!own.ok) {
        invalid[c.code] = own.errors;
        continue;
      }
      const item: IncomingCode = { code: c.code, raw: c.raw, warnings: c.warnings };
      if (read.ok && Object.keys(own.details).length) {
        item.details = mergeDetails(own.details, read.details);
      }
      items.push(item);
    }
    setCodeErrors(invalid);
    if (!read.ok) setErrors(read.errors);
    if (!read.ok || Object.keys(invalid).length) {
      focusFirstInvalid(current.codes.find((c) => invalid[c.code])?.code);
      return;
    }
    setSaving(true);
    const result = await actions.addCodes(items, read.details);
    setSaving(false);
    // A failed save keeps everything: the box, the inputs and the draft.
    if (!result) {
      setRetry((n) => n + 1);
      return;
    }
    // Incomplete codes and fragments that could not be read stay in the box, so the buyer can
    // fix and save them; nothing typed is lost.
    const leftover = [...result.refused, ...current.rejected].map((r) => r.raw).join('\n');
    putText(leftover);
    scanNow(leftover);
    setForm(emptyDetailsForm);
    setAccountTouched(false);
    setEdits({});
    setDraftNote(null);
    // The saved codes leave the draft; what stayed in the box stays in it.
    writeDraft({
      text: leftover,
      form: formRecord(emptyDetailsForm),
      accountTouched: false,
      edits: {},
    });
    const parts = [t('add_saved', result.added.length, [num(result.added.length)])];
    if (result.known.length) {
      parts.push(t('add_savedKnown', result.known.length, [num(result.known.length)]));
    }
    if (result.refused.length) {
      parts.push(t('add_savedRefused', result.refused.length, [num(result.refused.length)]));
    }
    if (current.rejected.length) {
      parts.push(t('add_savedRejected', current.rejected.length, [num(current.rejected.length)]));
    }
    setOutcome(parts.join(' '));
  }

  /** The first invalid code's row (the list draws only rows in view), else the shared details. */
  function focusFirstInvalid(code: string | undefined) {
    // After the render that marks them.
    setTimeout(() => {
      if (code) previewList.current?.focusInvalid(code);
      else document.querySelector<HTMLElement>('.add-panel [aria-invalid="true"]')?.focus();
    });
  }

  const count = preview?.items.length ?? 0;
  const hasDraft =
    scan !== null ||
    Object.values(form).some((value) => value.trim() !== '') ||
    Object.keys(edits).length > 0;
  return (
    <div className="add-panel">
      <div className="field">
        <label htmlFor="paste-box">{t('add_boxLabel')}</label>
        <textarea
          id="paste-box"
          ref={box}
          rows={5}
          spellCheck={false}
          aria-describedby="paste-summary"
          placeholder={t('add_boxPlaceholder')}
          onChange={(e) => onInput(e.target.value)}
          onPaste={onPaste}
          hidden={folded !== null}
        />
        {folded !== null && (
          <p className="folded-paste">
            {t('add_folded', [num(folded)])}{' '}
            <button type="button" className="link-button" ref={showTextButton} onClick={unfold}>
              {t('add_foldedShow')}
            </button>
          </p>
        )}
      </div>
      <p
        id="paste-summary"
        className={`summary summary-${paste.reading ? 'reading' : summary.tone}`}
        aria-live="polite"
        aria-busy={paste.reading}
      >
        {paste.reading ? (
          t('add_reading')
        ) : (
          <>
            {summary.text}
            {preview && preview.scannedChars >= LARGE_PASTE_CHARS && (
              <> {t('add_scanned', [num(preview.scannedChars)])}</>
            )}
          </>
        )}
      </p>
      {paste.failure !== null && (
        <p className="notice" role="alert">
          {t('add_readFailed', [paste.failure])}
        </p>
      )}
      {outcome && (
        <p className="outcome" role="status" tabIndex={-1} ref={outcomeLine}>
          {outcome}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => ui.getState().setTab('inventory')}
          >
            {t('add_showInventory')}
          </button>
        </p>
      )}
      {draftNote && (
        <p className={draftNote.tone === 'error' ? 'notice' : 'hint'} role="status">
          {draftNote.text}
        </p>
      )}
      {preview && (
        <PastePreviewList
          preview={preview}
          handle={previewList}
          onAcceptSuggestion={acceptFragment}
          thread={thread}
          edits={edits}
          codeErrors={codeErrors}
          onCodeField={onCodeField}
        />
      )}
      <fieldset className="details" disabled={saving}>
        <legend>{t('add_sharedLegend')}</legend>
        <p className="hint">{t('add_sharedHint')}</p>
        <DetailsFields
          form={effectiveForm}
          errors={errors}
          onChange={onField}
          accounts={accounts}
          idPrefix="add"
        />
      </fieldset>
      <div className="actions-row">
        <button
          type="button"
          className="primary"
          ref={saveButton}
          disabled={count === 0 || saving || paste.reading}
          onClick={() => void save()}
        >
          {saving
            ? t('add_saving')
            : count
              ? t('add_saveCount', count, [num(count)])
              : t('add_save')}
        </button>
        {hasDraft && (
          <button type="button" disabled={saving} onClick={discardDraft}>
            {t('add_discard')}
          </button>
        )}
      </div>
    </div>
  );
}
