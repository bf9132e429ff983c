import { loginCookie } from '../case';
import { benchNamePrefix, waitForTask } from '../excel-data';
import { defineJobCase } from '../job-case';

/**
 * GET /api/v1/enterprises/export for the enterprises the import case created (100,000; phones
 * masked): above the inline limit it runs as a task writing the .xlsx streaming; time runs from
 * the request until the file is downloaded.
 */
export default defineJobCase({
  name: 'Excel export (企业及年度数据, masked)',
  async setup({ app }) {
    return { cookie: await loginCookie(app.url, process.env.KEJIJU_BENCH_USER ?? 'staff') };
  },
  async run({ app }, { cookie }) {
    const res = await fetch(`${app.url}/api/v1/enterprises/export?q=${encodeURIComponent(benchNamePrefix)}`, { headers: { cookie } });
    let bytes: number;
    let rows: number;
    if (res.status === 202) {
      const { taskId } = (await res.json()) as { taskId: string };
      const task = await waitForTask(app.url, cookie, taskId);
      if (task.status !== 'succeeded') throw new Error(`export: ${JSON.stringify(task.error)}`);
      const file = await fetch(`${app.url}/api/v1/files/${String(task.result!.fileId)}`, { headers: { cookie } });
      bytes = (await file.arrayBuffer()).byteLength;
      rows = Number(task.result!.rows);
    } else if (res.status === 200) {
      bytes = (await res.arrayBuffer()).byteLength;
      rows = Number(res.headers.get('x-export-rows'));
    } else {
      throw new Error(`export: ${res.status} ${await res.text()}`);
    }
    return { rows, notes: `file ${(bytes / 2 ** 20).toFixed(1)} MiB` };
  },
});
