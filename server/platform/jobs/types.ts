import type { AppContext } from '../context';

export interface TaskOwner {
  userId: string | null;
  organisationId: string | null;
  regionCode: string | null;
}

export interface TaskProgress {
  /** Sets how many units the task has in all, once known. */
  setTotal(total: number): Promise<void>;
  /** Reports units done; writes are throttled so a 100k-row import does not write 100k times. */
  advance(done: number, message?: string): Promise<void>;
}

export interface TaskRun {
  id: string;
  kind: string;
  input: Record<string, unknown>;
  owner: TaskOwner;
}

export type TaskHandler = (ctx: AppContext, task: TaskRun, progress: TaskProgress) => Promise<Record<string, unknown>>;

/** Starts tasks. The web process only enqueues; whichever process runs workers executes. */
export interface Jobs {
  /** Whether this process runs queued tasks itself (so it may hand a task in-memory input). */
  readonly runsTasksHere: boolean;
  enqueue(kind: string, input: Record<string, unknown>, owner: TaskOwner): Promise<string>;
  stop(): Promise<void>;
}
