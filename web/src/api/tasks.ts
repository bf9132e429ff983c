import { api, readCookie } from './client';

/** GET /api/v1/tasks/:id (platform contract): progress of background work such as imports and large exports. */
export interface TaskView {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: number;
  total: number | null;
  message: string | null;
  result: Record<string, unknown> | null;
  error: { code: string; message: string; details?: unknown[] } | null;
}

export const fileUrl = (fileId: string) => `/api/v1/files/${fileId}`;

/** POST <base>/imports with the file as multipart (CSRF header as for every write) → the task id. */
export async function uploadImport(base: string, file: File): Promise<string> {
  const body = new FormData();
  body.append('file', file);
  const res = await fetch(`${base}/imports`, { method: 'POST', body, credentials: 'same-origin', headers: { 'x-csrf-token': readCookie('kejiju_csrf') ?? '' } });
  const json = (await res.json().catch(() => ({}))) as { taskId?: string; message?: string };
  if (!res.ok || !json.taskId) throw new Error(json.message ?? `上传失败（HTTP ${res.status}）`);
  return json.taskId;
}

/** Polls the task until it has finished; `onProgress` sees every intermediate state. */
export async function waitForTask(taskId: string, onProgress?: (task: TaskView) => void, intervalMs = 800): Promise<TaskView> {
  for (;;) {
    const task = await api.get<TaskView>(`/api/v1/tasks/${taskId}`);
    onProgress?.(task);
    if (task.status === 'succeeded' || task.status === 'failed') return task;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** 0–100 for a progress bar, or null while the total is unknown (first pass of an import). */
export const taskPercent = (task: TaskView | null): number | null =>
  task?.total ? Math.min(100, Math.round((task.progress / task.total) * 100)) : task?.status === 'succeeded' ? 100 : null;
