import { useCallback, useRef, useState } from 'react';
import { READ_IN_PAGE_CHARS, readPasteNow, type PasteAnswer } from './paste-reading';
import { useServices } from './services';

/** A paste as read: what was found, for exactly this text. */
export type PasteReading = PasteAnswer & { text: string; chars: number };

export interface PasteReadingState {
  /** The latest reading that finished; stays on screen while a newer one is under way. */
  shown: PasteReading | null;
  /** A big paste is being read in the worker. */
  reading: boolean;
  /** Why the latest reading failed; the text stays in the box. */
  failure: string | null;
}

const idle: PasteReadingState = { shown: null, reading: false, failure: null };

const because = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The Add box's reading of its paste. Short texts are read at once on the page; long ones go to
 * the worker, and only the answer for the latest text is kept, so typing on while a big paste is
 * read never shows an older answer.
 */
export function usePasteReading(today: string) {
  const { readPaste } = useServices();
  const [state, setState] = useState<PasteReadingState>(idle);
  const latest = useRef(0);
  // What is on screen, for a save to reuse; kept beside the state because a save reads it
  // between renders.
  const shown = useRef<PasteReading | null>(null);
  const show = useCallback((next: PasteReadingState) => {
    shown.current = next.shown;
    setState(next);
  }, []);

  /** Reads `text` and shows the answer; resolves with it, or null when it was not shown. */
  const read = useCallback(
    async (text: string): Promise<PasteReading | null> => {
      const ticket = ++latest.current;
      if (!text.trim()) {
        show(idle);
        return null;
      }
      const job = { text, today };
      if (!readPaste || text.length < READ_IN_PAGE_CHARS) {
        const reading = { ...readPasteNow(job), text, chars: text.length };
        show({ shown: reading, reading: false, failure: null });
        return reading;
      }
      setState((before) => ({ ...before, reading: true, failure: null }));
      try {
        const reading = { ...(await readPaste(job)), text, chars: text.length };
        if (ticket !== latest.current) return null;
        show({ shown: reading, reading: false, failure: null });
        return reading;
      } catch (error) {
        if (ticket === latest.current) {
          show({ shown: null, reading: false, failure: because(error) });
        }
        return null;
      }
    },
    [readPaste, show, today],
  );

  /** The reading of `text`: the one on screen when it is for this text, else a fresh one. */
  const readingOf = useCallback(
    (text: string): Promise<PasteReading | null> =>
      shown.current?.text === text ? Promise.resolve(shown.current) : read(text),
    [read],
  );

  return { ...state, read, readingOf };
}
