import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Batch } from '../../lib/batches/index';
import { useRowKeptForFocus } from '../common/virtual-focus';

/** A card with its codes folded away; real heights are measured as cards are drawn. */
const ESTIMATED_CARD_PX = 190;

interface Props {
  batches: readonly Batch[];
  /** The section heading that names the list. */
  labelledBy: string;
  /** Draws one card; called only for the cards in view, so a plan of 500 costs a few. */
  card(batch: Batch, index: number): React.ReactNode;
}

/**
 * Batch cards, however many: only those in view (and a few either side) are in the DOM, so a
 * plan of 10,000 codes opens as fast as one of 20. Screen readers hear "item 3 of 500" through
 * aria-setsize and aria-posinset; the card holding keyboard focus stays drawn while it is
 * scrolled away, so a copy or Undo never drops focus onto the page.
 */
export function BatchList({ batches, labelledBy, card }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const { rangeExtractor, focusHandlers } = useRowKeptForFocus();
  // eslint-disable-next-line react-hooks/incompatible-library -- the build has no React Compiler, so nothing memoizes this component
  const virtualizer = useVirtualizer({
    count: batches.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_CARD_PX,
    overscan: 2,
    getItemKey: (index) => batches[index]?.id ?? index,
    rangeExtractor,
  });

  return (
    // Focusable so PageUp/PageDown and arrow keys scroll it before tabbing into a card.
    <div ref={scroller} className="batch-scroller" tabIndex={0} {...focusHandlers}>
      <div
        role="list"
        aria-labelledby={labelledBy}
        className="list-sizer"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const batch = batches[item.index];
          if (!batch) return null;
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={batches.length}
              aria-posinset={item.index + 1}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="list-item batch-item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {card(batch, item.index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
