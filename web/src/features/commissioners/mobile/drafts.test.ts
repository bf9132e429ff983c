import { describe, expect, it } from 'vitest';
import type { LogInput } from '../api/types';
import { type Draft, newDraftId, readDrafts, removeDraft, upsertDraft, writeDrafts } from './drafts';
import { type SyncApi, syncDrafts } from './sync';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};
const draft = (id: string, photos = 0): Draft => ({
  clientDraftId: id, savedAt: '2025-05-01T08:00:00Z', photos: Array.from({ length: photos }, (_, i) => ({ name: `p${i}.jpg`, mime: 'image/jpeg', dataUrl: 'data:image/jpeg;base64,AAAA' })),
  input: { serviceDate: '2025-05-01', villageCode: null, place: '村部', type: 'onsite', content: '现场指导内容', beneficiaries: 1, trained: 0, varieties: 0, technologies: 0, problemsSolved: 0 },
});

describe('offline drafts', () => {
  it('stores drafts per user, newest first, replacing by id; survives garbage in storage', () => {
    const s = memory();
    let list = upsertDraft([], draft('a'));
    list = upsertDraft(list, draft('b'));
    list = upsertDraft(list, { ...draft('a'), savedAt: 'later' });
    writeDrafts(s, 'u1', list);
    expect(readDrafts(s, 'u1').map((d) => [d.clientDraftId, d.savedAt])).toEqual([['a', 'later'], ['b', '2025-05-01T08:00:00Z']]);
    expect(readDrafts(s, 'u2')).toEqual([]);
    s.setItem('kejiju.serviceLogDrafts.u3', '{not json');
    expect(readDrafts(s, 'u3')).toEqual([]);
    expect(removeDraft(list, 'a').map((d) => d.clientDraftId)).toEqual(['b']);
    expect(newDraftId(() => '1234-5678')).toBe('d-12345678');
  });

  it('syncs oldest first, uploads each photo once, and stops when the network drops', async () => {
    const calls: string[] = [];
    let online = true;
    let dropOnce = true;
    let photoN = 0;
    const api: SyncApi = {
      uploadPhoto: async () => {
        if (!online) throw Object.assign(new Error('无法连接服务器'), { status: 0, code: 'NETWORK' });
        calls.push('photo');
        return { id: `f${++photoN}` };
      },
      createLog: async (body: LogInput) => {
        if (body.clientDraftId === 'b' && dropOnce) {
          dropOnce = false;
          online = false;
        }
        if (!online) throw Object.assign(new Error('无法连接服务器'), { status: 0, code: 'NETWORK' });
        calls.push(`log:${body.clientDraftId}:${body.photoFileIds.join('+')}`);
        return {} as never;
      },
    };
    const first = await syncDrafts(api, [draft('c'), draft('b', 1), draft('a', 2)]);
    expect(first.offline).toBe(true);
    expect(first.sent).toEqual(['a']);
    expect(first.remaining.find((d) => d.clientDraftId === 'b')!.photos[0]!.fileId).toBe('f3');
    online = true;
    const second = await syncDrafts(api, first.remaining);
    expect(second).toMatchObject({ sent: ['b', 'c'], remaining: [], offline: false });
    expect(calls).toEqual(['photo', 'photo', 'log:a:f1+f2', 'photo', 'log:b:f3', 'log:c:']);
  });

  it('keeps a refused draft with the server message and goes on with the others', async () => {
    const api: SyncApi = {
      uploadPhoto: async () => ({ id: 'x' }),
      createLog: async (body) => {
        if (body.clientDraftId === 'bad') throw Object.assign(new Error('服务日期：不能晚于今天'), { status: 400 });
        return {} as never;
      },
    };
    const r = await syncDrafts(api, [draft('ok'), draft('bad')]);
    expect(r.sent).toEqual(['ok']);
    expect(r.remaining).toEqual([expect.objectContaining({ clientDraftId: 'bad', error: '服务日期：不能晚于今天' })]);
  });
});
