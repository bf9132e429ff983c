import type { LogInput, LogRow } from '../api/types';
import type { Draft, DraftPhoto } from './drafts';

export interface SyncApi {
  uploadPhoto(body: { name: string; mime: string; dataBase64: string }): Promise<{ id: string }>;
  createLog(body: LogInput): Promise<LogRow>;
}

export interface SyncResult {
  sent: string[];
  /** Drafts left over, with photo ids recorded and validation errors attached. */
  remaining: Draft[];
  /** True when the network failed: stop and retry when back online. */
  offline: boolean;
}

const isNetwork = (err: unknown) => (err as { status?: number })?.status === 0 || (err as { code?: string })?.code === 'NETWORK';
const isServerSide = (err: unknown) => ((err as { status?: number })?.status ?? 0) >= 500;

async function uploadPhotos(api: SyncApi, photos: DraftPhoto[]): Promise<DraftPhoto[]> {
  const out: DraftPhoto[] = [];
  for (const p of photos) {
    if (p.fileId) {
      out.push(p);
      continue;
    }
    const { id } = await api.uploadPhoto({ name: p.name, mime: p.mime, dataBase64: p.dataUrl.slice(p.dataUrl.indexOf(',') + 1) });
    out.push({ ...p, fileId: id });
  }
  return out;
}

/**
 * Sends drafts oldest first. Network and server failures keep the draft untouched for the next
 * attempt; a validation refusal keeps it with the message so the user can correct it.
 */
export async function syncDrafts(api: SyncApi, drafts: readonly Draft[], onProgress?: (remaining: Draft[]) => void): Promise<SyncResult> {
  let remaining = [...drafts];
  const sent: string[] = [];
  for (const draft of [...drafts].reverse()) {
    let current = draft;
    try {
      const photos = await uploadPhotos(api, draft.photos);
      current = { ...draft, photos };
      await api.createLog({ ...draft.input, clientDraftId: draft.clientDraftId, photoFileIds: photos.map((p) => p.fileId!) });
      remaining = remaining.filter((d) => d.clientDraftId !== draft.clientDraftId);
      sent.push(draft.clientDraftId);
    } catch (err) {
      const keep = isNetwork(err) || isServerSide(err) ? current : { ...current, error: (err as Error).message };
      remaining = remaining.map((d) => (d.clientDraftId === draft.clientDraftId ? keep : d));
      if (isNetwork(err)) {
        onProgress?.(remaining);
        return { sent, remaining, offline: true };
      }
    }
    onProgress?.(remaining);
  }
  return { sent, remaining, offline: false };
}
