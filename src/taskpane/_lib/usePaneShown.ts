import { useEffect, useState } from 'react';

/**
 * Counts the times the pane has been shown: 1 when it opens visible, +1 each time it is shown again. In the shared
 * runtime the page also starts, hidden, when an LSA formula calculates; nothing is read until someone looks.
 * Inside Office the pane's visibility comes from Office.addin.onVisibilityModeChanged (SharedRuntime 1.1); the page's
 * own visibility covers a browser and hosts without it.
 * @example const shown = usePaneShown(); useEffect(() => { if (shown) void load(); }, [shown]);
 */
export function usePaneShown(): number {
  const [shown, setShown] = useState(() => (typeof document === 'undefined' || document.visibilityState === 'visible' ? 1 : 0));
  useEffect(() => {
    const onPage = () => {
      if (document.visibilityState === 'visible') setShown((n) => n + 1);
    };
    document.addEventListener('visibilitychange', onPage);
    let removeOffice: (() => void) | undefined;
    type OnVisibility = (h: (a: { visibilityMode: string }) => void) => Promise<() => Promise<void>>;
    const addin = (globalThis as { Office?: { addin?: { onVisibilityModeChanged?: OnVisibility } } }).Office?.addin;
    if (typeof addin?.onVisibilityModeChanged === 'function') {
      addin
        .onVisibilityModeChanged((a) => {
          if (a.visibilityMode === 'Taskpane') setShown((n) => n + 1);
        })
        .then((remove) => (removeOffice = () => void remove()))
        .catch(() => undefined);
    }
    return () => {
      document.removeEventListener('visibilitychange', onPage);
      removeOffice?.();
    };
  }, []);
  return shown;
}
