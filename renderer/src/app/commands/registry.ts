// The command registry: native menu items and keyboard shortcuts name a command; whichever view can do it right now answers.
import type { MenuCommand } from '../../../../shared/ipc';

export type CommandId = MenuCommand['id'];
export type CommandHandler = (command: MenuCommand) => void | Promise<void>;

export interface CommandRegistry {
  /** Adds a handler; the most recent registration of a command wins (the open reader over the app's fallback). Returns the unregister. */
  register(id: CommandId, handler: CommandHandler): () => void;
  /** Runs a command; false when nothing can handle it now (e.g. Export with no document open). */
  run(command: MenuCommand): boolean;
  has(id: CommandId): boolean;
}

export function createCommandRegistry(onError: (error: unknown) => void = (error) => console.error('[glose] command failed', error)): CommandRegistry {
  const handlers = new Map<CommandId, CommandHandler[]>();
  return {
    register(id, handler) {
      handlers.set(id, [...(handlers.get(id) ?? []), handler]);
      return () => {
        const remaining = (handlers.get(id) ?? []).filter((entry) => entry !== handler);
        if (remaining.length > 0) handlers.set(id, remaining);
        else handlers.delete(id);
      };
    },
    run(command) {
      const stack = handlers.get(command.id);
      const handler = stack?.[stack.length - 1];
      if (!handler) return false;
      try {
        const result = handler(command);
        // A failing command must reach the user as a message, never as an unhandled rejection.
        if (result instanceof Promise) result.catch(onError);
      } catch (error) {
        onError(error);
      }
      return true;
    },
    has(id) {
      return (handlers.get(id)?.length ?? 0) > 0;
    },
  };
}
