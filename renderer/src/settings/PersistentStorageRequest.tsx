// At start-up, once per library: asks the browser engine to keep the library persistently (see persistentStorage.ts).
import { useEffect } from 'react';
import { requestPersistenceOnce } from './persistentStorage';

export function PersistentStorageRequest() {
  useEffect(() => {
    void requestPersistenceOnce().catch((error: unknown) => console.warn('[glose] persistent storage', error));
  }, []);
  return null;
}
