import {
  PREVIEW_LIMIT,
  type PastePreview,
  type RejectedFragment,
} from '../../lib/inventory/paste-preview';

/** Long fragments (a whole unreadable paragraph) are cut for display; the box keeps them whole. */
const FRAGMENT_DISPLAY_CHARS = 160;

function clip(text: string): string {
  return text.length > FRAGMENT_DISPLAY_CHARS ? `${text.slice(0, FRAGMENT_DISPLAY_CHARS)}…` : text;
}

function more(shown: number, total: number, what: string) {
  return total > shown ? (
    <p className="hint">
      Showing the first {shown.toLocaleString('en-US')} of {total.toLocaleString('en-US')} {what}.
    </p>
  ) : null;
}

interface Props {
  preview: PastePreview;
  /** Puts the suggested code in place of a fragment that only lacked its `#`. */
  onAcceptSuggestion(fragment: RejectedFragment): void;
}

export function PastePreviewList({ preview, onAcceptSuggestion }: Props) {
  const items = preview.items.slice(0, PREVIEW_LIMIT);
  const rejected = preview.rejected.slice(0, PREVIEW_LIMIT);
  return (
    <>
      {items.length > 0 && (
        <section aria-labelledby="preview-codes-heading">
          <h2 id="preview-codes-heading">Codes found</h2>
          <ul className="preview-list">
            {items.map((item) => (
              <li key={item.code} className="preview-item">
                <code className="code-text">{item.code}</code>
                <span className="badges">
                  <span className={`badge ${item.known ? 'badge-known' : 'badge-new'}`}>
                    {item.known ? 'Already saved' : 'New'}
                  </span>
                  {item.occurrences > 1 && (
                    <span className="badge">{item.occurrences}× in paste</span>
                  )}
                </span>
                {item.warnings.length > 0 && (
                  <ul className="warnings" aria-label="Warnings">
                    {item.warnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {more(items.length, preview.items.length, 'codes; all of them are saved')}
        </section>
      )}
      {rejected.length > 0 && (
        <section aria-labelledby="preview-rejected-heading">
          <h2 id="preview-rejected-heading">Not saved: could not be read</h2>
          <ul className="preview-list">
            {rejected.map((fragment) => (
              <li key={`${fragment.start}-${fragment.end}`} className="preview-item rejected">
                <code className="code-text">{clip(fragment.raw)}</code>
                <span className="reason">{fragment.reason}</span>
                {fragment.suggestion && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onAcceptSuggestion(fragment)}
                  >
                    Add the # and keep it
                  </button>
                )}
              </li>
            ))}
          </ul>
          {more(rejected.length, preview.rejected.length, 'fragments')}
        </section>
      )}
    </>
  );
}
