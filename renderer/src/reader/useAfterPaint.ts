// True once the browser is idle after `ready`: what waits on it comes after the frame that shows the text.
import { useEffect, useState } from 'react';

/** `key` names what became ready (the document): a new one starts over, false until its text is painted. */
export function useAfterPaint(ready: boolean, key: string, timeout = 250): boolean {
  const [idle, setIdle] = useState<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    // The idle callback comes after the next frame is drawn; the timeout bounds the wait on a busy machine.
    const id = requestIdleCallback(() => setIdle(key), { timeout });
    return () => cancelIdleCallback(id);
  }, [ready, key, timeout]);
  return idle === key;
}
