import type { TaskHandler } from './types';

const handlers = new Map<string, TaskHandler>();

/** Modules register their task kinds at import time (see server/modules/index.ts). */
export function registerTaskHandler(kind: string, handler: TaskHandler): void {
  if (handlers.has(kind)) throw new Error(`task kind ${kind} registered twice`);
  handlers.set(kind, handler);
}

export function taskHandler(kind: string): TaskHandler | undefined {
  return handlers.get(kind);
}

export function taskKinds(): string[] {
  return [...handlers.keys()];
}
