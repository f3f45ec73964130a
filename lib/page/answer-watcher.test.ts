import { afterEach, describe, expect, it } from 'vitest';
import { classifyAnswer } from '../records/ads-manager-answers';
import { watchForAnswers, type SeenAnswer } from './answer-watcher';

afterEach(() => document.body.replaceChildren());

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function watch(roots: Node[] = [document.body], isOwnNode?: (node: Node) => boolean) {
  const seen: SeenAnswer[] = [];
  const controller = new AbortController();
  // The panel's own reading of a message, so only real answers count here as there.
  const accept = (text: string) => classifyAnswer(text) !== undefined;
  watchForAnswers(roots, (s) => seen.push(s), { signal: controller.signal, isOwnNode, accept });
  return { seen, stop: () => controller.abort() };
}

describe('watchForAnswers', () => {
  it('reads a toast added to the page', async () => {
    const { seen, stop } = watch();
    const toast = document.createElement('div');
    toast.className = 'byted-message-toast';
    toast.textContent = 'The code expired';
    document.body.append(toast);
    await flush();
    expect(seen.map((s) => [classifyAnswer(s.text)?.cause, s.element])).toEqual([
      ['expired', toast],
    ]);
    stop();
  });

  it('reads an inline error whose text is filled in later', async () => {
    document.body.innerHTML = '<div class="form-item"><div class="form-item-explain"></div></div>';
    const explain = document.querySelector('.form-item-explain') as HTMLElement;
    const { seen, stop } = watch();
    explain.textContent = 'Invalid code';
    await flush();
    expect(classifyAnswer(seen[0]?.text ?? '')?.cause).toBe('format');
    stop();
  });

  it('reads a hidden message box when it is shown, not before', async () => {
    document.body.innerHTML = '<div role="alert" hidden>The code has been deleted</div>';
    const alert = document.querySelector('[role="alert"]') as HTMLElement;
    const { seen, stop } = watch();
    alert.className = 'flash';
    await flush();
    expect(seen).toEqual([]);
    alert.hidden = false;
    await flush();
    expect(classifyAnswer(seen[0]?.text ?? '')?.cause).toBe('revoked');
    stop();
  });

  it('ignores text outside message elements, such as a post preview caption', async () => {
    const { seen, stop } = watch();
    const preview = document.createElement('div');
    preview.className = 'post-preview';
    preview.textContent = 'My expired coupon haul, not found anywhere else';
    document.body.append(preview);
    await flush();
    expect(seen).toEqual([]);
    stop();
  });

  it('reads messages inside an open shadow root when the root is watched', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const { seen, stop } = watch([document.body, shadow]);
    const error = document.createElement('p');
    error.setAttribute('role', 'alert');
    error.textContent = 'Authorized successfully';
    shadow.append(error);
    await flush();
    expect(classifyAnswer(seen[0]?.text ?? '')?.outcome).toBe('applied');
    stop();
  });

  it('ignores its own UI and stops when aborted', async () => {
    const own = document.createElement('div');
    document.body.append(own);
    const { seen, stop } = watch([document.body], (node) => own.contains(node));
    const mine = document.createElement('div');
    mine.className = 'sp-error';
    mine.textContent = 'The code expired';
    own.append(mine);
    await flush();
    stop();
    const late = document.createElement('div');
    late.setAttribute('role', 'alert');
    late.textContent = 'The code expired';
    document.body.append(late);
    await flush();
    expect(seen).toEqual([]);
  });

  it('reports one element once per distinct text', async () => {
    const { seen, stop } = watch();
    const toast = document.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.textContent = 'Invalid code';
    document.body.append(toast);
    await flush();
    toast.className = 'visible';
    await flush();
    toast.textContent = 'The code expired';
    await flush();
    expect(seen.map((s) => classifyAnswer(s.text)?.cause)).toEqual(['format', 'expired']);
    stop();
  });
});
