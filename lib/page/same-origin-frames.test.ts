import { afterEach, describe, expect, it } from 'vitest';
import { forEachSameOriginDocument } from './same-origin-frames';
import { listenForFieldText, type FieldText } from './field-text-events';
import { trusted } from './trusted-events.testing';

const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';

async function addFrame(srcdoc: string, parent: Document = document): Promise<HTMLIFrameElement> {
  const frame = parent.createElement('iframe');
  frame.srcdoc = srcdoc;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  parent.body.append(frame);
  await loaded;
  return frame;
}

function typeInto(field: HTMLTextAreaElement, value: string) {
  field.value = value;
  const view = field.ownerDocument.defaultView as Window & typeof globalThis;
  field.dispatchEvent(trusted(new view.Event('input', { bubbles: true, composed: true })));
}

afterEach(() => document.body.replaceChildren());

describe('forEachSameOriginDocument', () => {
  it('attaches to the page and to frames already there or added later', async () => {
    const existing = await addFrame('<textarea></textarea>');
    const controller = new AbortController();
    const attached: Document[] = [];
    forEachSameOriginDocument(document, (doc) => attached.push(doc), controller.signal);
    expect(attached).toContain(document);
    expect(attached).toContain(existing.contentDocument);
    const later = await addFrame('<textarea></textarea>');
    await Promise.resolve();
    expect(attached).toContain(later.contentDocument);
    controller.abort();
  });

  it('lets one listener hear fields in a same-origin frame, until aborted', async () => {
    const frame = await addFrame('<textarea id="code"></textarea>');
    const controller = new AbortController();
    const seen: FieldText[] = [];
    forEachSameOriginDocument(
      document,
      (doc, signal) =>
        listenForFieldText(doc, (change) => seen.push(change), {
          signal,
          later: (run) => run(),
        }),
      controller.signal,
    );
    const field = frame.contentDocument?.getElementById('code') as HTMLTextAreaElement;
    typeInto(field, CODE);
    expect(seen.map((s) => s.field)).toEqual([field]);
    controller.abort();
    typeInto(field, CODE);
    expect(seen).toHaveLength(1);
  });

  it('skips frames whose document cannot be read', () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>elsewhere</p>';
    Object.defineProperty(frame, 'contentDocument', {
      get() {
        throw new Error('cross-origin');
      },
    });
    document.body.append(frame);
    const attached: Document[] = [];
    const controller = new AbortController();
    expect(() =>
      forEachSameOriginDocument(document, (doc) => attached.push(doc), controller.signal),
    ).not.toThrow();
    expect(attached).toEqual([document]);
    controller.abort();
  });
});
