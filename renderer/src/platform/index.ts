// The one place that knows which host the renderer runs in: Electron's preload bridge, or the browser's.
import { BRIDGE_GLOBAL, type DesktopBridge } from '../../../shared/ipc';
import { browserBridge } from './browser';

export { readPickedFile } from './browser';

function hostBridge(): DesktopBridge | undefined {
  const candidate = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  if (candidate && typeof candidate === 'object' && (candidate as DesktopBridge).host === 'electron') {
    return candidate as DesktopBridge;
  }
  return undefined;
}

export const bridge: DesktopBridge = hostBridge() ?? browserBridge;
