import type { AppContext } from '../context';
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

type HousekeepingStep = (ctx: AppContext) => Promise<void>;
const housekeepingSteps = new Map<string, HousekeepingStep>();

/** Periodic upkeep of a module (every 10 minutes, see jobs.ts), registered at import time like task kinds. */
export function registerHousekeeping(name: string, step: HousekeepingStep): void {
  if (housekeepingSteps.has(name)) throw new Error(`housekeeping step ${name} registered twice`);
  housekeepingSteps.set(name, step);
}

export function housekeepingOfModules(): [string, HousekeepingStep][] {
  return [...housekeepingSteps];
}
