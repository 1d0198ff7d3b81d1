// The library's sort and filters, read once from settings and saved on every change, so a restart shows the same view.
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_LIBRARY_VIEW, LIBRARY_VIEW_SETTING, restoreLibraryView, type LibraryViewState } from '../../../shared/library';
import { readSetting, writeSetting } from '../db/settings';

const anything = (value: unknown): value is unknown => value !== undefined;

export function useLibraryView(): [LibraryViewState | undefined, (change: (view: LibraryViewState) => LibraryViewState) => void] {
  const [view, setView] = useState<LibraryViewState | undefined>(undefined);
  useEffect(() => {
    let live = true;
    readSetting(LIBRARY_VIEW_SETTING, anything).then(
      (stored) => live && setView((current) => current ?? restoreLibraryView(stored)),
      // An unreadable setting is not worth a message: the default view is shown and the next change saves over it.
      () => live && setView((current) => current ?? DEFAULT_LIBRARY_VIEW),
    );
    return () => {
      live = false;
    };
  }, []);
  const update = useCallback((change: (view: LibraryViewState) => LibraryViewState) => {
    setView((current) => {
      const next = change(current ?? DEFAULT_LIBRARY_VIEW);
      void writeSetting(LIBRARY_VIEW_SETTING, next).catch((error: unknown) => console.error('[glose] could not save the library view', error));
      return next;
    });
  }, []);
  return [view, update];
}
