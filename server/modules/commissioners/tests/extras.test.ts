import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { newCommissioner } from './fixtures';

let t: TestApp;
let staff2: Agent;
beforeAll(async () => {
  t = await createTestApp();
  staff2 = await t.login('staff2');
});
afterAll(() => t.close());

const pdf = Buffer.from('%PDF-1.4\n%demo agreement scan\n').toString('base64');

describe('agreements, funds and bases', () => {
  it('registers a three-party agreement with a scanned copy for a 派驻, shown on the assignment', async () => {
    const c = await newCommissioner(staff2);
    const a = (await staff2.post('/api/v1/commissioner-assignments', { commissionerId: c.id, targetKind: 'village', villageCode: '341523101205', startsOn: '2025-01-01' })).json();
    const file = (await staff2.post('/api/v1/commissioner-agreements/attachments', { name: '协议.pdf', mime: 'application/pdf', dataBase64: pdf })).json();
    const noDate = await staff2.post('/api/v1/commissioner-agreements', { assignmentId: a.id, terms: '乙方每月服务不少于两天，甲方保障经费。', startsOn: '2025-01-01', endsOn: '2027-12-31', status: 'signed' });
    expect(noDate.json().message).toBe('签订日期：已签订的协议须填写签订日期');
    const res = await staff2.post('/api/v1/commissioner-agreements', { assignmentId: a.id, terms: '乙方每月服务不少于两天，甲方保障经费。', startsOn: '2025-01-01',
      endsOn: '2027-12-31', status: 'signed', signedOn: '2025-01-05', attachmentFileId: file.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ bureauParty: '舒城县科学技术局（演示）', targetParty: '朱河村', statusLabel: '履行中', attachment: { name: '协议.pdf', sha256: file.sha256 } });
    expect((await staff2.get(`/api/v1/commissioner-assignments/${a.id}`)).json().agreement).toEqual({ id: res.json().id, status: 'signed' });
    const download = await staff2.get(`/api/v1/commissioner-agreements/${res.json().id}/attachment`);
    expect(download.headers['x-content-sha256']).toBe(file.sha256);
    expect((await (await t.login('staff')).get(`/api/v1/commissioner-agreements/${res.json().id}/attachment`)).statusCode).toBe(404);
  });

  it('adds up funds exactly per year and source', async () => {
    const c = await newCommissioner(staff2);
    for (const amount of ['0.10', '0.20', '8000.00']) {
      expect((await staff2.post('/api/v1/commissioner-funds', { year: 2025, commissionerId: c.id, project: '2025年度工作经费', source: 'county', amount })).statusCode).toBe(201);
    }
    expect((await staff2.get(`/api/v1/commissioner-funds?commissionerId=${c.id}`)).json()).toMatchObject({ total: 3, amount: '8000.30' });
    // The sum covers every matching record, not only the page shown.
    const firstPage = (await staff2.get(`/api/v1/commissioner-funds?commissionerId=${c.id}&pageSize=1`)).json();
    expect(firstPage).toMatchObject({ total: 3, amount: '8000.30', page: 1, pageSize: 1 });
    expect(firstPage.items).toHaveLength(1);
    // Another county's bureau sees none of them.
    expect((await (await t.login('staff')).get(`/api/v1/commissioner-funds?commissionerId=${c.id}`)).json()).toMatchObject({ total: 0, amount: '0.00', items: [] });
    expect((await staff2.get('/api/v1/commissioner-funds/summary')).json().items).toEqual([{ year: 2025, source: 'county', amount: '8000.30' }]);
    expect((await staff2.post('/api/v1/commissioner-funds', { year: 2025, commissionerId: c.id, project: 'x项目', source: 'county', amount: '0' })).statusCode).toBe(400);
  });

  it('records a service point in a village, refusing another county’s commissioner', async () => {
    const other = (await (await t.login('staff')).get('/api/v1/commissioners?pageSize=1')).json().items[0];
    const bad = await staff2.post('/api/v1/commissioner-bases', { name: '帮扶点', kind: 'service_point', villageCode: '341523101205', commissionerId: other.id });
    expect(bad.statusCode).toBe(400);
    const ok = await staff2.post('/api/v1/commissioner-bases', { name: '朱河村茶叶科技特派员服务帮扶点', kind: 'service_point', villageCode: '341523101205', industry: '茶叶' });
    expect(ok.statusCode).toBe(201);
    expect((await staff2.get('/api/v1/commissioner-bases')).json().items).toEqual([expect.objectContaining({ villageName: '朱河村', kindLabel: '服务帮扶点' })]);
  });
});
