import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { SparkDatabase } from '../../lib/db/database';
import type { CodeRecord } from '../../lib/records/schema';
import { listFirstScreen, listInventory, type FirstScreen } from '../../lib/inventory/first-screen';
import { useServices } from './services';

export interface Inventory {
  records: CodeRecord[];
  byCode: ReadonlyMap<string, CodeRecord>;
  /** Stored rows that failed validation: counted and reported, never shown. */
  corrupt: number;
}

export interface InventoryLoad {
  /** The whole inventory; undefined until the first read. */
  inventory: Inventory | undefined;
  /**
   * Until then, the head of the default list, so the Inventory tab can show rows while the rest
   * is read. Too little to count, filter, search or batch with.
   */
  firstScreen: FirstScreen | undefined;
}

/**
 * The whole inventory as a live query: any write to the database, from this page or from the
 * background on behalf of the Ads Manager panel, re-runs it.
 */
export function useInventory(): InventoryLoad {
  const { db } = useServices();
  const firstScreen = useFirstScreen(db);
  // Started once the head is on screen: the full read copies every row onto this thread, and the
  // first rows must be drawn and clickable before that. With no rows to draw, at once.
  const headShown = useAfterPaint(firstScreen.read && (firstScreen.head?.records.length ?? 0) > 0);
  const startFull = firstScreen.read && (headShown || !firstScreen.head?.records.length);
  const listed = useLiveQuery(() => (startFull ? listInventory(db) : undefined), [db, startFull]);
  const inventory = useMemo(
    () =>
      listed && {
        records: listed.records,
        byCode: new Map(listed.records.map((r) => [r.code, r])),
        corrupt: listed.corrupt,
      },
    [listed],
  );
  return { inventory, firstScreen: inventory ? undefined : firstScreen.head };
}

/** True from the first task after a frame has been drawn with `ready` true. */
function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let current = true;
    const frame = requestAnimationFrame(() => {
      // A task queued from the frame's callback runs once that frame is rendered.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        if (current) setPainted(true);
      };
      channel.port2.postMessage(null);
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
    };
  }, [ready, painted]);
  return painted;
}

interface FirstScreenRead {
  /** Settled, whether or not it gave rows. */
  read: boolean;
  head?: FirstScreen;
}

/** Read once: it only stands in for the full read, which is live, for a moment. */
function useFirstScreen(db: SparkDatabase): FirstScreenRead {
  const [state, setState] = useState<FirstScreenRead>({ read: false });
  useEffect(() => {
    let current = true;
    listFirstScreen(db).then(
      (head) => current && setState({ read: true, head }),
      // A failure here costs only the early paint; the full read reports its own.
      () => current && setState({ read: true }),
    );
    return () => {
      current = false;
    };
  }, [db]);
  return state;
}
