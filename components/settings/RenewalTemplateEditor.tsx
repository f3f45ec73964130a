import { createI18n } from '@wxt-dev/i18n';
import { useEffect, useId, useRef, useState } from 'react';
import {
  RENEWAL_PLACEHOLDERS,
  renewalMessage,
  unknownPlaceholders,
} from '../../lib/lifecycle/renewal';
import type { Translate } from '../../lib/translate';
import { DEFAULT_RENEWAL_TEMPLATE } from '../../lib/settings/schema';

/** The settings schema's limit, checked here to explain it before saving fails. */
const MAX_LENGTH = 2000;
const DAY = 86_400_000;
const defaultT: Translate = createI18n().t;

interface Props {
  /** The saved template (settings.renewalTemplate). */
  value: string;
  onSave: (template: string) => Promise<unknown> | void;
  t?: Translate;
  /** For the preview; the page's clock and zone by default. */
  now?: number;
  timeZone?: string;
  locale?: string;
}

/**
 * Edits the renewal message template with a live preview on sample data. Saving is refused while
 * the template names a placeholder the message cannot fill, so a typo never reaches a creator.
 */
export function RenewalTemplateEditor({
  value,
  onSave,
  t = defaultT,
  now,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
  locale = navigator.language,
}: Props) {
  const baseId = useId();
  // The preview's date only needs to be plausible, so the time the editor opened will do.
  const [openedAt] = useState(() => Date.now());
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState('');
  const status = useRef<HTMLParagraphElement>(null);

  // Both buttons are disabled once the saved text is on screen: focus goes to the confirmation.
  useEffect(() => {
    if (saved) status.current?.focus();
  }, [saved]);

  const unknown = unknownPlaceholders(draft);
  const problem =
    draft.length > MAX_LENGTH
      ? t('template_tooLong', [MAX_LENGTH])
      : unknown.length > 0
        ? t('template_unknown', [unknown.map((name) => `{${name}}`).join(', ')])
        : '';
  const preview = renewalMessage(
    [
      {
        creatorHandle: 'maya',
        expectedPost: t('template_samplePost'),
        expiresAt: (now ?? openedAt) + 3 * DAY,
      },
    ],
    {
      template: draft,
      now: now ?? openedAt,
      timeZone,
      locale,
      fallback: { creator: t('renewal_fallbackCreator'), post: t('renewal_fallbackPost') },
    },
  );

  const save = async (template: string) => {
    setSaveError('');
    setSaved(false);
    try {
      await onSave(template);
      setSaved(true);
    } catch (error) {
      setSaveError(String(error));
    }
  };

  return (
    <section aria-labelledby={`${baseId}-title`} className="renewal-template">
      <h2 id={`${baseId}-title`}>{t('template_title')}</h2>
      <p className="hint" id={`${baseId}-help`}>
        {t('template_help', [RENEWAL_PLACEHOLDERS.map((name) => `{${name}}`).join(' ')])}
      </p>
      <label htmlFor={`${baseId}-text`}>{t('template_label')}</label>
      <textarea
        id={`${baseId}-text`}
        rows={4}
        cols={70}
        value={draft}
        aria-describedby={`${baseId}-help`}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setSaved(false);
        }}
      />
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <p>
        <strong>{t('template_preview')}</strong>
      </p>
      <blockquote data-testid="template-preview">{preview}</blockquote>
      <p className="row">
        <button
          type="button"
          disabled={Boolean(problem) || draft === value}
          onClick={() => void save(draft)}
        >
          {t('template_save')}
        </button>{' '}
        <button
          type="button"
          disabled={draft === DEFAULT_RENEWAL_TEMPLATE}
          onClick={() => {
            setDraft(DEFAULT_RENEWAL_TEMPLATE);
            void save(DEFAULT_RENEWAL_TEMPLATE);
          }}
        >
          {t('template_reset')}
        </button>
      </p>
      <p role="status" tabIndex={-1} ref={status}>
        {saved ? t('template_saved') : ''}
      </p>
      {saveError && (
        <p role="alert" className="error">
          {saveError}
        </p>
      )}
    </section>
  );
}
