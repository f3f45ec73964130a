import { createI18n } from '@wxt-dev/i18n';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RENEWAL_TEMPLATE } from '../../lib/settings/schema';
import { RenewalTemplateEditor } from './RenewalTemplateEditor';

const NOW = Date.UTC(2026, 10, 25, 12);

function renderEditor(value = DEFAULT_RENEWAL_TEMPLATE) {
  const onSave = vi.fn(async () => {});
  render(
    <RenewalTemplateEditor
      value={value}
      onSave={onSave}
      t={createI18n().t}
      now={NOW}
      timeZone="UTC"
      locale="en-US"
    />,
  );
  return { onSave, user: userEvent.setup() };
}

beforeEach(() => {});
afterEach(cleanup);

describe('RenewalTemplateEditor', () => {
  it('previews the saved template on sample data', () => {
    renderEditor();
    expect(screen.getByTestId('template-preview').textContent).toBe(
      'Hi @maya, the Spark Ads authorization for https://www.tiktok.com/@maya/video/7300000000000000000 ends on November 28, 2026. Could you extend it (or send a new code) so the ads keep running? Thank you!',
    );
  });

  it('refuses a template with a placeholder it cannot fill, then saves the fixed one', async () => {
    const { onSave, user } = renderEditor('Hi {creator}');
    const box = screen.getByLabelText('Message template');
    await user.clear(box);
    await user.type(box, 'Hey {{creatr}, {{days} days left');
    expect(screen.getByRole('alert').textContent).toBe(
      'Unknown placeholder {creatr}. Use {creator}, {post}, {date} or {days}.',
    );
    const save = screen.getByRole('button', { name: 'Save template' });
    expect(save).toHaveProperty('disabled', true);

    await user.clear(box);
    await user.type(box, 'Hey @{{creator}, {{days} days left');
    // Last day Nov 28 seen on Nov 25: four days, today included.
    expect(screen.getByTestId('template-preview').textContent).toBe('Hey @maya, 4 days left');
    await user.click(save);
    expect(onSave).toHaveBeenCalledWith('Hey @{creator}, {days} days left');
    expect(await screen.findByText('Template saved.')).toBeTruthy();
  });

  it('puts the default back', async () => {
    const { onSave, user } = renderEditor('Hi {creator}');
    await user.click(screen.getByRole('button', { name: 'Reset to the default' }));
    expect(onSave).toHaveBeenCalledWith(DEFAULT_RENEWAL_TEMPLATE);
    expect((screen.getByLabelText('Message template') as HTMLTextAreaElement).value).toBe(
      DEFAULT_RENEWAL_TEMPLATE,
    );
  });
});
