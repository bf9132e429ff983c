import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { commissionerKeys, commissionersApi } from '../api/client';
import { type Draft, readDrafts, removeDraft, upsertDraft, writeDrafts } from './drafts';
import { syncDrafts } from './sync';

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** Drafts in localStorage plus a sync that runs on mount, when the phone comes back online, and on demand. */
export function useDrafts(userId: string) {
  const qc = useQueryClient();
  const online = useOnline();
  const [drafts, setDrafts] = useState<Draft[]>(() => readDrafts(localStorage, userId));
  const [syncing, setSyncing] = useState(false);
  const busy = useRef(false);

  const persist = useCallback((next: Draft[]) => {
    writeDrafts(localStorage, userId, next);
    setDrafts(next);
  }, [userId]);

  const sync = useCallback(async () => {
    if (busy.current) return { sent: 0, offline: false };
    busy.current = true;
    setSyncing(true);
    try {
      const result = await syncDrafts(commissionersApi, readDrafts(localStorage, userId), (remaining) => persist(remaining));
      if (result.sent.length) void qc.invalidateQueries({ queryKey: commissionerKeys.all });
      return { sent: result.sent.length, offline: result.offline };
    } finally {
      busy.current = false;
      setSyncing(false);
    }
  }, [persist, qc, userId]);

  useEffect(() => {
    if (online && readDrafts(localStorage, userId).length > 0) void sync();
  }, [online, sync, userId]);

  return {
    drafts,
    online,
    syncing,
    sync,
    save: (d: Draft) => persist(upsertDraft(readDrafts(localStorage, userId), d)),
    discard: (id: string) => persist(removeDraft(readDrafts(localStorage, userId), id)),
  };
}
