import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { composeUscc } from '../../domain/uscc';
import { enterpriseSheet } from '../../server/modules/enterprises/excel/sheet';

/** Names of the bench enterprises, so the export case can select exactly them. */
export const benchNamePrefix = '基准测试企业';

const towns = ['城关镇', '河口镇', '周集镇', '临水镇', '新店镇', '341522105', '341522106'];

/**
 * A filled 企业及年度数据 workbook of `rows` new enterprises (one year each), written streaming as
 * WPS would (inline strings), so generating it does not hold the workbook in memory either.
 */
export async function enterpriseWorkbook(rows: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => out.on('end', resolve).on('error', reject));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(enterpriseSheet.name);
  ws.addRow(enterpriseSheet.columns.map((c) => c.header)).commit();
  for (let i = 1; i <= rows; i++) {
    const row = ws.addRow([
      composeUscc('91', '341522', `BN${String(i).padStart(6, '0')}`), `${benchNamePrefix}${i}有限公司`, towns[i % towns.length], i % 3 ? '35' : '39 计算机、通信和其他电子设备制造业',
      new Date(Date.UTC(2010 + (i % 12), i % 12, (i % 28) + 1)), `霍邱县测试路${i}号`, '张三', '李四', `139${String(i).padStart(8, '0')}`, '80402',
      2025, 50 + (i % 500), 10 + (i % 40), 30_000_000 + i, 31_000_000 + i, 40_000_000, 25_000_000, 26_000_000, 1_800_000.5, 1_800_000.5, 20_000_000, i % 3, i % 9, i % 4,
    ]);
    row.getCell(5).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

/** Cookie header and CSRF token of a signed-in demo account. */
export function csrfOf(cookie: string): string {
  const m = /kejiju_csrf=([^;]+)/.exec(cookie);
  if (!m) throw new Error('login set no kejiju_csrf cookie');
  return decodeURIComponent(m[1]!);
}

export interface TaskView {
  status: string;
  progress: number;
  total: number | null;
  message: string | null;
  result: Record<string, unknown> | null;
  error: { message: string } | null;
}

/** Polls a task until it ends; `onTotal` fires once when the total becomes known (import: pass 1 done). */
export async function waitForTask(url: string, cookie: string, id: string, onTotal?: () => void): Promise<TaskView> {
  let sawTotal = false;
  for (;;) {
    const res = await fetch(`${url}/api/v1/tasks/${id}`, { headers: { cookie } });
    const task = (await res.json()) as TaskView;
    if (!sawTotal && task.total !== null) {
      sawTotal = true;
      onTotal?.();
    }
    if (task.status === 'succeeded' || task.status === 'failed') return task;
    await new Promise((r) => setTimeout(r, 250));
  }
}
