// A second Glose quits at once instead of opening a second window on the same database.
import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

describe('main, when another instance holds the lock', () => {
  it('quits without waiting for ready or opening a window', async () => {
    fake.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../../electron/main');
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    fake.app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.protocol.handle).not.toHaveBeenCalled();
  });
});
