import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { AccountOption } from '../../lib/inventory/accounts';
import type { InventoryRow as Row } from '../../lib/inventory/inventory-view';
import { InventoryRow } from './InventoryRow';
import { useUi } from './use-ui';
import { t } from '../common/i18n';

/** A typical collapsed row; real heights are measured, this only sizes the scrollbar up front. */
const ESTIMATED_ROW_PX = 64;

/**
 * Only the rows in view (plus a few either side) are in the DOM, so 10,000 codes scroll as
 * smoothly as 10. Screen readers still hear "item 5 of 10,000" through aria-setsize/posinset.
 */
export function InventoryList({
  rows,
  accounts,
  setSize,
  now,
}: {
  rows: readonly Row[];
  accounts: readonly AccountOption[];
  /** While only the first rows are in: the length the list is being read to. */
  setSize?: number;
  now: number;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const selected = useUi((s) => s.selected);
  const editing = useUi((s) => s.editing);
  // eslint-disable-next-line react-hooks/incompatible-library -- the build has no React Compiler, so nothing memoizes this component
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    getItemKey: (index) => rows[index]?.record.code ?? index,
  });

  return (
    // Focusable so PageUp/PageDown and arrow keys scroll it before tabbing into a row.
    <div
      ref={scroller}
      className="list-scroller"
      tabIndex={0}
      role="region"
      aria-label={t('list_region')}
    >
      <div
        role="list"
        aria-label={t('list_codes')}
        aria-busy={setSize !== undefined}
        className="list-sizer"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={setSize ?? rows.length}
              aria-posinset={item.index + 1}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="list-item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <InventoryRow
                row={row}
                selected={selected.has(row.record.code)}
                editing={editing === row.record.code}
                accounts={accounts}
                now={now}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
