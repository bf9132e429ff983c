import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { annualFieldLabels } from '../../../../domain/enterprise/annual';
import { composeUscc } from '../../../../domain/uscc';
import type { Agent, TestApp } from '../../../test/harness';
import { multipart } from '../../../platform/excel/testing/app';
import { enterpriseSheet } from './sheet';

/** Test helpers for the 企业及年度数据 import: rows by header text, files, and the import task. */
export const headers = enterpriseSheet.columns.map((c) => c.header);
export type Cells = Record<string, unknown>;

export const testUscc = (i: number, series = 'XL') => composeUscc('91', '341522', `${series}${String(i).padStart(6, '0')}`);

/** A valid row of enterprise `i` (name prefix 霍邱县表格导入测试企业) with one year's figures, or none. */
export function sheetRow(i: number, year: number | null = 2025, over: Cells = {}): Cells {
  const figures = year === null ? {} : {
    年度: year, 职工总数: 100 + i, 科技人员数: 20, [`${annualFieldLabels.salesRevenue}（元）`]: 30_000_000 + i, [`${annualFieldLabels.totalIncome}（元）`]: '31000000.5',
    [`${annualFieldLabels.totalAssets}（元）`]: 40_000_000, [`${annualFieldLabels.netAssets}（元）`]: -150_000.05, [`${annualFieldLabels.totalCost}（元）`]: 26_000_000,
    [`${annualFieldLabels.rdExpense}（元）`]: 1_800_000, [`${annualFieldLabels.rdExpenseDomestic}（元）`]: 1_800_000, [`${annualFieldLabels.highTechIncome}（元）`]: 20_000_000,
    [annualFieldLabels.ipClass1]: 1, [annualFieldLabels.ipClass2]: 6, [annualFieldLabels.conversions]: 3,
  };
  return {
    统一社会信用代码: testUscc(i), 企业名称: `霍邱县表格导入测试企业${i}有限公司`, 所在地区: i % 2 ? '城关镇' : '341522', 所属行业: '35 专用设备制造业',
    成立日期: new Date(Date.UTC(2018, 4, 1)), 地址: '霍邱县城关镇测试路1号', 联系人: '王五', 联系电话: i % 2 ? '13912345678' : '0564-6012345',
    技术领域: '80402', ...figures, ...over,
  };
}

export async function sheetFile(rows: Cells[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业及年度数据');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null)).getCell(5).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Uploads the file, waits for the task and returns it as GET /tasks/:id shows it. */
export async function importFile(t: TestApp, agent: Agent, content: Buffer) {
  const res = await agent.request({ method: 'POST', url: '/api/v1/enterprises/imports', ...multipart(content) });
  expect(res.statusCode, res.body).toBe(202);
  await t.tasksIdle();
  return (await agent.get(`/api/v1/tasks/${res.json().taskId}`)).json();
}
