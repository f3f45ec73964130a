import { useEffect, useMemo, useRef, useState } from 'react';
import { scanPaste } from '../../lib/codes/index';
import { accountOptions } from '../../lib/inventory/accounts';
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
import type { Settings } from '../../lib/settings/schema';
import { DetailsFields } from './DetailsFields';
import { PastePreviewList } from './PastePreviewList';
import { useActions } from './use-actions';
import type { Inventory } from './use-inventory';
import { useServices } from './services';

/** Typing pauses this long before the paste is scanned again. */
const SCAN_DELAY_MS = 200;
const LARGE_PASTE_CHARS = 100_000;

type Scan = ReturnType<typeof scanPaste> & { chars: number };

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export function AddCodesPanel({
  inventory,
  settings,
}: {
  inventory: Inventory;
  settings: Settings;
}) {
  const actions = useActions();
  const { ui } = useServices();
  const box = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [scan, setScan] = useState<Scan | null>(null);
  const [form, setForm] = useState<DetailsForm>(emptyDetailsForm);
  // Until the buyer picks an account, new codes go to the default one from Options.
  const [accountTouched, setAccountTouched] = useState(false);
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);

  useEffect(() => () => clearTimeout(timer.current), []);

  const effectiveForm = accountTouched
    ? form
    : { ...form, adAccountId: settings.defaultAdAccountId ?? '' };

  const known = useMemo(() => new Set(inventory.byCode.keys()), [inventory.byCode]);
  const preview = useMemo(
    () => (scan ? buildPastePreview(scan, known, scan.chars) : null),
    [scan, known],
  );
  const summary = summarizePreview(preview);
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
    setScan(text.trim() ? { ...scanPaste(text), chars: text.length } : null);
  }

  function onInput(text: string) {
    setOutcome(null);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => scanNow(text), SCAN_DELAY_MS);
  }

  function acceptFragment(fragment: RejectedFragment) {
    const text = box.current?.value ?? '';
    const next = acceptSuggestion(text, fragment);
    if (next !== null && box.current) box.current.value = next;
    scanNow(next ?? text);
  }

  function onField(field: DetailsField, value: string) {
    if (field === 'adAccountId') setAccountTouched(true);
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  }

  async function save() {
    // A save right after typing must not use a stale scan.
    const text = box.current?.value ?? '';
    const current = text.trim() ? { ...scanPaste(text), chars: text.length } : null;
    setScan(current);
    if (!current || current.codes.length === 0) return;
    const read = detailsFromForm(effectiveForm);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setSaving(true);
    const result = await actions.addCodes(
      current.codes.map((c) => ({ code: c.code, raw: c.raw, warnings: c.warnings })),
      read.details,
    );
    setSaving(false);
    if (!result) return;
    // Incomplete codes and fragments that could not be read stay in the box, so the buyer can
    // fix and save them; nothing typed is lost.
    const leftover = [...result.refused, ...current.rejected].map((r) => r.raw).join('\n');
    if (box.current) box.current.value = leftover;
    scanNow(leftover);
    setForm(emptyDetailsForm);
    setAccountTouched(false);
    const parts = [`Saved ${plural(result.added.length, 'new code')}.`];
    if (result.known.length) {
      parts.push(
        `${plural(result.known.length, 'code')} already in your inventory: only blank details were filled in.`,
      );
    }
    if (result.refused.length) {
      parts.push(
        `${plural(result.refused.length, 'incomplete code')} ${result.refused.length === 1 ? 'was' : 'were'} not saved and ${result.refused.length === 1 ? 'stays' : 'stay'} in the box: copy the whole code again.`,
      );
    }
    if (current.rejected.length) {
      parts.push(
        `${plural(current.rejected.length, 'fragment')} could not be read and ${current.rejected.length === 1 ? 'was' : 'were'} left in the box.`,
      );
    }
    setOutcome(parts.join(' '));
  }

  const count = preview?.items.length ?? 0;
  return (
    <div className="add-panel">
      <div className="field">
        <label htmlFor="paste-box">Paste text with Spark codes</label>
        <textarea
          id="paste-box"
          ref={box}
          rows={5}
          spellCheck={false}
          aria-describedby="paste-summary"
          placeholder="DM threads, emails, sheet columns: paste anything."
          onChange={(e) => onInput(e.target.value)}
        />
      </div>
      <p id="paste-summary" className={`summary summary-${summary.tone}`} aria-live="polite">
        {summary.text}
        {preview && preview.scannedChars >= LARGE_PASTE_CHARS && (
          <> Scanned {preview.scannedChars.toLocaleString('en-US')} characters.</>
        )}
      </p>
      {outcome && (
        <p className="outcome" role="status">
          {outcome}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => ui.getState().setTab('inventory')}
          >
            Show inventory
          </button>
        </p>
      )}
      {preview && <PastePreviewList preview={preview} onAcceptSuggestion={acceptFragment} />}
      <fieldset className="details" disabled={saving}>
        <legend>Details for every code in this paste</legend>
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
          disabled={count === 0 || saving}
          onClick={() => void save()}
        >
          {saving ? 'Saving…' : count ? `Save ${plural(count, 'code')}` : 'Save codes'}
        </button>
      </div>
    </div>
  );
}
