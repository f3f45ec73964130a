import { describe, expect, it } from 'vitest';
import { buttonActsOnField, submitButtonFromPath } from './submit-action';

function pathTo(markup: string, selector: string): EventTarget[] {
  document.body.innerHTML = markup;
  const path: EventTarget[] = [];
  for (let n: Node | null = document.querySelector(selector); n; n = n.parentNode) path.push(n);
  return path;
}

describe('submitButtonFromPath', () => {
  it.each([
    ['<button><span>Search</span></button>', 'span', true],
    ['<button>Confirm</button>', 'button', true],
    ['<div role="button">Authorize</div>', 'div', true],
    ['<input type="submit" value="Apply">', 'input', true],
    ['<button aria-label="Search code"><svg></svg></button>', 'svg', true],
    ['<button>Cancel</button>', 'button', false],
    ['<button>Search history</button>', 'button', false],
    ['<a>Confirmation settings</a>', 'a', false],
    ['<div><span>Search</span></div>', 'span', false],
  ])('%s -> %s', (markup, selector, isSubmit) => {
    expect(Boolean(submitButtonFromPath(pathTo(markup, selector)))).toBe(isSubmit);
  });
});

describe('buttonActsOnField', () => {
  it('ties a field in a dialog to that dialog’s buttons only', () => {
    document.body.innerHTML = `
      <div role="dialog"><textarea id="f"></textarea><button id="in">Search</button></div>
      <header><button id="out">Search</button></header>`;
    const field = document.getElementById('f') as Element;
    expect(buttonActsOnField(document.getElementById('in') as Element, field)).toBe(true);
    expect(buttonActsOnField(document.getElementById('out') as Element, field)).toBe(false);
  });

  it('looks past the shadow root a field sits in', () => {
    document.body.innerHTML =
      '<div class="ModalWrapper"><x-field></x-field><button id="b">Confirm</button></div>';
    const shadow = (document.querySelector('x-field') as Element).attachShadow({ mode: 'open' });
    const field = document.createElement('textarea');
    shadow.append(field);
    expect(buttonActsOnField(document.getElementById('b') as Element, field)).toBe(true);
  });

  it('lets any button of the document submit a field in no dialog', () => {
    document.body.innerHTML =
      '<section><input id="f"></section><main><button id="b">Search</button></main>';
    expect(
      buttonActsOnField(
        document.getElementById('b') as Element,
        document.getElementById('f') as Element,
      ),
    ).toBe(true);
  });
});
