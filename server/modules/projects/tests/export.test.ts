import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../platform/excel/testing/fixtures';
import { createTestApp, type TestApp } from '../../../test/harness';
import { demoEnterprise } from '../testing/fixtures';
import { type Actors, actors, submittedProject } from '../testing/flow';

let t: TestApp;
let a: Actors;
// Two rows download at once, more become a task: a province's library is tens of thousands of projects.
beforeAll(async () => {
  t = await createTestApp({ exportInlineRows: 2 });
  await demoEnterprise(t);
  a = await actors(t);
  for (let i = 0; i < 3; i++) await submittedProject(t, a);
});
afterAll(() => t.close());

async function titlesOf(fileId: string, as = a.staff) {
  const file = await as.get(`/api/v1/files/${fileId}`);
  expect(file.statusCode).toBe(200);
  const ws = (await loadWorkbook(file.rawPayload)).getWorksheet('项目库')!;
  const titles: string[] = [];
  ws.eachRow((row, n) => { if (n > 1) titles.push(String(row.getCell(2).value)); });
  return titles;
}

describe('项目库 export above the inline limit', () => {
  it('runs as a task with progress whose file holds exactly the filtered library of the bureau', async () => {
    const list = (await a.staff.get('/api/v1/projects?pageSize=200')).json() as { total: number; items: { title: string }[] };
    expect(list.total).toBeGreaterThan(2);
    const res = await a.staff.get('/api/v1/projects/export');
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ rows: list.total, rowsExact: true });
    await t.tasksIdle();
    const task = (await a.staff.get(`/api/v1/tasks/${res.json().taskId}`)).json();
    expect(task).toMatchObject({ status: 'succeeded', total: list.total, progress: list.total, result: { rows: list.total } });
    expect((await titlesOf(task.result.fileId)).sort()).toEqual(list.items.map((p) => p.title).sort());
    // The file is the bureau's own: another county's staff cannot fetch it.
    expect((await (await t.login('staff2')).get(`/api/v1/files/${task.result.fileId}`)).statusCode).toBe(404);
  });

  it('still sends a small filtered export at once, and refuses experts', async () => {
    const items = (await a.staff.get('/api/v1/projects?pageSize=200')).json().items as { projectNo: string | null }[];
    const numbered = items.find((p) => p.projectNo)!;
    const res = await a.staff.get(`/api/v1/projects/export?q=${encodeURIComponent(numbered.projectNo!)}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-export-rows']).toBe('1');
    const expert = await (await t.login('expert')).get('/api/v1/projects/export');
    expect(expert.statusCode).toBe(403);
    expect(expert.json().message).toBe('评审专家不能导出项目库');
  });
});
