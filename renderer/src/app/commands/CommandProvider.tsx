// Holds the command registry, feeds it the native menu's commands (desktop) or the keyboard shortcuts (web edition).
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { MenuCommand } from '../../../../shared/ipc';
import { bridge } from '../../platform';
import { createCommandRegistry, type CommandHandler, type CommandId, type CommandRegistry } from './registry';
import { isMacPlatform, webShortcutCommand } from './shortcuts';

const CommandContext = createContext<CommandRegistry | null>(null);

export function CommandProvider({ children }: { children: ReactNode }) {
  const registry = useMemo(() => createCommandRegistry(), []);

  useEffect(() => bridge.onMenuCommand((command) => void registry.run(command)), [registry]);

  useEffect(() => {
    // In Electron the menu's accelerators deliver these keys; listening here too would run them twice.
    if (bridge.host !== 'web') return;
    const mac = isMacPlatform(navigator.platform);
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat) return;
      const command = webShortcutCommand(event, mac);
      if (command && registry.has(command.id)) {
        event.preventDefault();
        registry.run(command);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);

  return <CommandContext.Provider value={registry}>{children}</CommandContext.Provider>;
}

export function useCommandRegistry(): CommandRegistry {
  const registry = useContext(CommandContext);
  if (!registry) throw new Error('useCommandRegistry must be used inside <CommandProvider>');
  return registry;
}

/** Answers `id` while the component is mounted; `handler` may change on every render. */
export function useCommand(id: CommandId, handler: ((command: MenuCommand) => void | Promise<void>) | null): void {
  const registry = useCommandRegistry();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const enabled = handler !== null;
  useEffect(() => {
    if (!enabled) return;
    const forward: CommandHandler = (command) => latest.current?.(command);
    return registry.register(id, forward);
  }, [enabled, id, registry]);
}
