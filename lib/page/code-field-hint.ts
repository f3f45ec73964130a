import { fieldKindOf, type EditableField } from './editable-field';

/** Words in a field's label, placeholder or name that say it takes Spark codes. */
const CODE_WORDS =
  /\b(?:spark|codes?|auth|authori[sz]e|authori[sz]ation|video ?code|post ?code)\b/i;
/** Enough of a label to find those words; a long one is read no further. */
const HINT_LIMIT = 200;

function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').slice(0, HINT_LIMIT);
}

/** The field's own words: attributes, its <label>s and what aria-labelledby points at. */
function hintsOf(field: EditableField): string {
  const parts = ['placeholder', 'aria-label', 'name', 'id', 'title'].map(
    (name) => field.getAttribute(name) ?? '',
  );
  const labels = (field as HTMLInputElement).labels;
  if (labels) for (const label of Array.from(labels)) parts.push(textOf(label));
  const root = field.getRootNode() as Document | ShadowRoot;
  for (const id of (field.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    parts.push(textOf(root.getElementById?.(id)));
  }
  return parts
    .join(' ')
    .replace(/[_-]+/g, ' ')
    .slice(0, 4 * HINT_LIMIT);
}

/** Whether the field sits in a dialog, through shadow roots: Ads Manager asks for codes in one. */
function inDialog(field: EditableField): boolean {
  let node: Element | null = field;
  while (node) {
    if (node.closest('dialog, [role="dialog"], [aria-modal="true"]')) return true;
    const root = node.getRootNode();
    node = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return false;
}

/**
 * Whether the buyer, having just focused this field, is likely about to paste codes into it:
 * a multi-line box, a field in a dialog, or one whose label speaks of codes. It decides only
 * whether the panel starts loading early; every field is still watched for codes either way.
 */
export function mayTakeCodes(field: EditableField): boolean {
  const kind = fieldKindOf(field);
  if (kind === 'textarea') return true;
  if (kind !== 'input') return false;
  return inDialog(field) || CODE_WORDS.test(hintsOf(field));
}
