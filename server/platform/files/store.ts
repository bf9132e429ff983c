import crypto from 'node:crypto';
import { and, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { files } from '../../db/schema';
import type { TaskOwner } from '../jobs/types';

export interface StoredFileInput {
  name: string;
  mime: string;
  content: Buffer;
  purpose: string;
  owner: TaskOwner;
}

export const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function saveFile(db: DbOrTx, input: StoredFileInput): Promise<{ id: string; sha256: string }> {
  const sha256 = crypto.createHash('sha256').update(input.content).digest('hex');
  const [row] = await db
    .insert(files)
    .values({
      name: input.name,
      mime: input.mime,
      size: input.content.length,
      sha256,
      content: input.content,
      purpose: input.purpose,
      uploadedBy: input.owner.userId,
      organisationId: input.owner.organisationId,
      regionCode: input.owner.regionCode,
    })
    .returning({ id: files.id });
  return { id: row!.id, sha256 };
}

/** Reads a file for background work that already checked ownership when it was queued. */
export async function unsafeReadFile(db: DbOrTx, id: string) {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row ?? null;
}

/** A file the given user uploaded or that was generated for them. */
export async function readOwnFile(db: DbOrTx, id: string, userId: string, extra?: SQL) {
  const [row] = await db.select().from(files).where(and(eq(files.id, id), eq(files.uploadedBy, userId), extra));
  return row ?? null;
}
