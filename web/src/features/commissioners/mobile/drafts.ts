import type { LogInput } from '../api/types';

/**
 * Offline drafts of service logs, kept in localStorage per user. A draft carries its own
 * clientDraftId from the moment it is created, so sending it twice (flaky network, two tabs)
 * stores one log: the server answers the second POST with the row it already has.
 */
export interface DraftPhoto {
  name: string;
  mime: string;
  dataUrl: string;
  /** Set once uploaded, so a retry does not upload the photo again. */
  fileId?: string;
}

export interface Draft {
  clientDraftId: string;
  input: Omit<LogInput, 'clientDraftId' | 'photoFileIds'>;
  photos: DraftPhoto[];
  savedAt: string;
  /** Why the server refused it last time (validation); the user must fix the draft. */
  error?: string;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const draftKey = (userId: string) => `kejiju.serviceLogDrafts.${userId}`;

export function newDraftId(random: () => string = () => crypto.randomUUID()): string {
  return `d-${random().replace(/-/g, '')}`.slice(0, 40);
}

export function readDrafts(store: KeyValueStore, userId: string): Draft[] {
  try {
    const parsed = JSON.parse(store.getItem(draftKey(userId)) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as Draft[]).filter((d) => typeof d?.clientDraftId === 'string') : [];
  } catch {
    return [];
  }
}

export function writeDrafts(store: KeyValueStore, userId: string, drafts: readonly Draft[]): void {
  store.setItem(draftKey(userId), JSON.stringify(drafts));
}

/** Inserts or replaces a draft by its clientDraftId; newest first. */
export function upsertDraft(drafts: readonly Draft[], draft: Draft): Draft[] {
  return [draft, ...drafts.filter((d) => d.clientDraftId !== draft.clientDraftId)];
}

export const removeDraft = (drafts: readonly Draft[], id: string): Draft[] => drafts.filter((d) => d.clientDraftId !== id);
