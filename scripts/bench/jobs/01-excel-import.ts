import { loginCookie } from '../case';
import { csrfOf, enterpriseWorkbook, waitForTask } from '../excel-data';
import { defineJobCase } from '../job-case';

/**
 * POST /api/v1/enterprises/imports with a generated 企业及年度数据 workbook of 100,000 new
 * enterprises (500 in --smoke): upload, pass 1 (stream + validate every row), pass 2 (one
 * transaction through the enterprise services). Time runs from the upload to the task's end.
 */
export default defineJobCase({
  name: 'Excel import (企业及年度数据, new rows)',
  async setup({ app, smoke, log }) {
    const rows = Number(process.env.KEJIJU_BENCH_EXCEL_ROWS ?? (smoke ? 500 : 100_000));
    log(`生成 ${rows} 行的导入文件…`);
    const file = await enterpriseWorkbook(rows);
    const cookie = await loginCookie(app.url, process.env.KEJIJU_BENCH_USER ?? 'staff');
    return { rows, file, cookie };
  },
  async run({ app }, { rows, file, cookie }) {
    const t0 = performance.now();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'bench.xlsx');
    const res = await fetch(`${app.url}/api/v1/enterprises/imports`, { method: 'POST', body: form, headers: { cookie, 'x-csrf-token': csrfOf(cookie) } });
    if (res.status !== 202) throw new Error(`upload: ${res.status} ${await res.text()}`);
    const { taskId } = (await res.json()) as { taskId: string };
    let validated = 0;
    const task = await waitForTask(app.url, cookie, taskId, () => (validated = performance.now() - t0));
    if (task.status !== 'succeeded' || task.result?.rows !== rows) throw new Error(`import: ${task.status} ${JSON.stringify(task.error ?? task.result)}`);
    const total = performance.now() - t0;
    return {
      rows,
      notes: `file ${(file.length / 2 ** 20).toFixed(1)} MiB; upload + validation ${(validated / 1000).toFixed(1)} s, commit ${((total - validated) / 1000).toFixed(1)} s`,
    };
  },
});
