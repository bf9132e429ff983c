import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellPrimitive } from '../../../platform/excel/cell';
import { loadWorkbook } from '../../../platform/excel/testing/fixtures';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let staff: Agent;
/** Past the 20,000 rows the roster export used to stop at, and past one export page. */
const many = 20_050;

// More commissioners than the inline limit and than 20,000: the export must read every page, in
// code order, as a task. A cap of 20,000 rows once cut province exports off silently.
beforeAll(async () => {
  t = await createTestApp({ exportInlineRows: 1_000 });
  staff = await t.login('staff');
  await t.pool.query(`insert into commissioners (region_code, code, name, level, field, work_unit, status)
    select '341522', 'PG' || lpad(g::text, 5, '0'), '分页导出' || g, 'county', '中药材', '霍邱县农业技术推广中心（演示）', 'active'
    from generate_series(1, $1) g`, [many]);
  await t.pool.query(`insert into commissioners (region_code, code, name, level, field, work_unit, status)
    values ('341523', 'PG00001', '分页导出舒城', 'county', '茶叶', '舒城县农业农村局（演示）', 'active')`);
});
afterAll(() => t.close());

async function codesOf(fileId: string): Promise<string[]> {
  const file = await staff.get(`/api/v1/files/${fileId}`);
  const ws = (await loadWorkbook(file.rawPayload)).getWorksheet(1)!;
  const codes: string[] = [];
  ws.eachRow((r, n) => { if (n > 1) codes.push(String(cellPrimitive(r.getCell(1).value))); });
  return codes;
}

describe('roster export across pages', () => {
  it('exports every matching commissioner of the county once, in code order, as a task', async () => {
    const res = await staff.get(`/api/v1/commissioners/export?q=${encodeURIComponent('分页导出')}`);
    expect(res.statusCode).toBe(202);
    // Past 10,000 rows the route does not count before queueing (rowsExact: false); the task does.
    expect(res.json()).toMatchObject({ rowsExact: false });
    await t.tasksIdle();
    const task = (await staff.get(`/api/v1/tasks/${res.json().taskId}`)).json();
    expect(task).toMatchObject({ status: 'succeeded', total: many, progress: many, result: { rows: many } });
    const codes = await codesOf(task.result.fileId);
    expect(codes).toHaveLength(many);
    expect(codes).toEqual(Array.from({ length: many }, (_, i) => `PG${String(i + 1).padStart(5, '0')}`));
  });

  it('sends a small export at once', async () => {
    const res = await staff.get(`/api/v1/commissioners/export?q=${encodeURIComponent('分页导出2005')}`);
    expect(res.statusCode).toBe(200);
    // 分页导出2005 and 分页导出20050.
    expect(res.headers['x-export-rows']).toBe('2');
  });
});

describe('service-log export across pages', () => {
  /** Past the 50,000 logs the export used to stop at; many share a date, so pages split inside a day. */
  const logs = 50_020;

  it('exports every matching log once, oldest first, as a task', async () => {
    await t.pool.query(`insert into commissioner_service_logs (region_code, commissioner_id, service_date, place, type, content)
      select '341522', (select id from commissioners where region_code = '341522' and code = 'PG00001'),
        date '2025-01-01' + (g % 300), '分页导出村部', 'onsite', '分页导出日志' || g
      from generate_series(1, $1) g`, [logs]);
    const res = await staff.get(`/api/v1/service-logs/export?q=${encodeURIComponent('分页导出日志')}`);
    expect(res.statusCode).toBe(202);
    await t.tasksIdle();
    const task = (await staff.get(`/api/v1/tasks/${res.json().taskId}`)).json();
    expect(task).toMatchObject({ status: 'succeeded', total: logs, result: { rows: logs } });
    const file = await staff.get(`/api/v1/files/${task.result.fileId}`);
    const ws = (await loadWorkbook(file.rawPayload)).getWorksheet(1)!;
    const contents = new Set<string>();
    const dates: string[] = [];
    ws.eachRow((r, n) => {
      if (n === 1) return;
      const day = cellPrimitive(r.getCell(3).value);
      dates.push(day instanceof Date ? day.toISOString() : String(day));
      contents.add(String(cellPrimitive(r.getCell(7).value)));
    });
    expect(contents.size).toBe(logs);
    expect(dates).toEqual([...dates].sort());
  });

  it('lists deep pages (their ids cut first) in the same newest-first order as near ones', async () => {
    // Written by one statement above: one created_at for all, 300 dates, so only the id breaks ties.
    const idsOf = async (page: number) => (await staff.get(`/api/v1/service-logs?q=${encodeURIComponent('分页导出日志')}&pageSize=200&page=${page}`))
      .json().items.map((i: { id: string }) => i.id);
    const expected = async (offset: number, limit: number) => (await t.pool.query<{ id: string }>(`select id from commissioner_service_logs
      where content like '分页导出日志%' order by service_date desc, created_at desc, id desc offset $1 limit $2`, [offset, limit])).rows.map((r) => r.id);
    // Page 5 is read at once, page 6 (from the 1,000th row) ids first; together they continue each other.
    expect([...await idsOf(5), ...await idsOf(6)]).toEqual(await expected(800, 400));
    expect(await idsOf(251)).toEqual(await expected(50_000, 200));
  });
});

