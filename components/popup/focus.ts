/**
 * Where keyboard focus goes when the control the buyer used disappears (a deleted row, a batch
 * marked applied, an Undo that is done): the first of the given places still on the page, else
 * the open tab, which is always there. Focus never drops to the page body.
 */
export function focusFirst(...candidates: (HTMLElement | null | undefined)[]): void {
  const target =
    candidates.find((el) => el?.isConnected) ??
    document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
  target?.focus();
}

/** The inventory's scrolling list, the place to land after rows change under the buyer. */
export function inventoryList(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.list-scroller');
}
