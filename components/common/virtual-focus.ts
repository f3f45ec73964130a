import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import { useCallback, useState, type FocusEvent } from 'react';

/**
 * A virtualized list drops rows that scroll out of view; the row holding keyboard focus must stay,
 * or scrolling with the wheel while tabbed into it would drop focus onto the page. Gives the
 * virtualizer's range extractor and the focus handlers for the list's scroll box; rows carry
 * their index in `data-index`, as the virtualizer's measuring already needs.
 */
export function useRowKeptForFocus() {
  const [focused, setFocused] = useState<number | null>(null);

  // Stable between renders: the virtualizer works its rows out again whenever this changes.
  const rangeExtractor = useCallback(
    (range: Range): number[] => {
      const rows = defaultRangeExtractor(range);
      if (focused === null || focused >= range.count || rows.includes(focused)) return rows;
      return [...rows, focused].sort((a, b) => a - b);
    },
    [focused],
  );

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = row ? Number(row.dataset.index) : NaN;
    setFocused(Number.isInteger(index) ? index : null);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !event.currentTarget.contains(next)) setFocused(null);
  };

  return { rangeExtractor, focusHandlers: { onFocus, onBlur } };
}
