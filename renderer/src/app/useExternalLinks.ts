// A click on a web link goes through the host, which asks the user before anything leaves Glose; no link navigates the window.
import { useEffect } from 'react';
import { bridge } from '../platform';
import { useI18n } from '../i18n/useI18n';
import { useNotices } from '../ui/notices';

export function useExternalLinks(): void {
  const { t } = useI18n();
  const { notify } = useNotices();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const href = link.getAttribute('href') ?? '';
      // The app's own routes (#/…), relative links, and the web edition's export downloads (blob:) stay inside.
      if (href.startsWith('#') || !/^[a-z][a-z0-9+.-]*:/i.test(href) || link.hasAttribute('download')) return;
      if (link.protocol === 'blob:' || link.protocol === 'data:' || link.origin === window.location.origin) return;
      event.preventDefault();
      void bridge.openExternal(link.href).then((result) => {
        if (result === 'refused') notify('error', t('external.refused'));
      });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [notify, t]);
}
