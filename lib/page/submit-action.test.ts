import { describe, expect, it } from 'vitest';
import { submitButtonFromPath } from './submit-action';

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
