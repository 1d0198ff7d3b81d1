// What the library view shows while one file imports: its progress, a cancel button, and a password prompt when asked.
import { useCallback, useRef, useState } from 'react';
import type { ImportHooks, ImportProgress, PasswordRequest } from '../../../shared/import';

export interface PendingPassword {
  request: PasswordRequest;
  /** The password typed, or null when the user cancels. */
  answer: (password: string | null) => void;
}

export interface ImportActivity {
  name: string;
  progress: ImportProgress | null;
}

export function useImportSession() {
  const [password, setPassword] = useState<PendingPassword | null>(null);
  const [activity, setActivity] = useState<ImportActivity | null>(null);
  const controller = useRef<AbortController | null>(null);

  /** Starts the session of one file and returns the hooks its import runs with. */
  const begin = useCallback((name: string): ImportHooks => {
    const abort = new AbortController();
    controller.current = abort;
    setActivity({ name, progress: null });
    return {
      signal: abort.signal,
      onProgress: (progress) => setActivity({ name, progress }),
      askPassword: (request) =>
        new Promise<string | null>((resolve) => {
          setPassword({
            request,
            answer: (value) => {
              setPassword(null);
              resolve(value);
            },
          });
        }),
    };
  }, []);

  /** Ends the session; true when the user pressed Cancel during it. */
  const end = useCallback((): boolean => {
    const stopped = controller.current?.signal.aborted ?? false;
    controller.current = null;
    setActivity(null);
    setPassword(null);
    return stopped;
  }, []);

  /** The cancel button: stops the file under way (and the ones after it). */
  const cancel = useCallback(() => controller.current?.abort(), []);

  return { begin, end, cancel, activity, password };
}
