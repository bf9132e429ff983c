/** An upload as the task that processes it needs it. */
export interface HandedFile {
  id: string;
  name: string;
  sha256: string;
  content: Buffer;
}

/** Long enough for a queued task to start; an upload nobody takes here is dropped after it. */
const keepMs = 120_000;
const handed = new Map<string, { file: HandedFile; timer: NodeJS.Timeout }>();

/**
 * Keeps a just-stored upload in this process for the task queued with it: when a worker of the
 * same process runs that task, it takes the buffer instead of reading the file back from the
 * database (12.5 MiB of bytea for a 100,000-row workbook: ≈0.3 s of hex decoding). A task running
 * in another process reads the stored file as before.
 */
export function handOver(file: HandedFile): void {
  const timer = setTimeout(() => handed.delete(file.id), keepMs);
  timer.unref();
  handed.set(file.id, { file, timer });
}

/** The upload with this id if this process holds it, removed from the hand-off. */
export function takeHandedFile(id: string): HandedFile | null {
  const entry = handed.get(id);
  if (!entry) return null;
  clearTimeout(entry.timer);
  handed.delete(id);
  return entry.file;
}
