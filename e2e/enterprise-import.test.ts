import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composeUscc } from '../domain/uscc';
import { screenshot } from './support/browser';
import { signedInPage, useAppAndBrowser } from './support/session';
import { logout } from './support/ui';

const unexpected = (errors: string[]) => errors.filter((e) => !/status of 401/.test(e));
const lastYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear() - 1;

type Cells = Record<string, unknown>;
const uscc = (body8: string) => composeUscc('91', '341522', body8);
const badUscc = (body8: string) => {
  const good = uscc(body8);
  return good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
};

/** One row per enterprise and year, keyed by the template's header text (without the “*” of required columns). */
function rowsOf(name: string, code: string, years: number[]): Cells[] {
  return years.map((year, i) => ({
    统一社会信用代码: code, 企业名称: name, 所在地区: '341522', 所属行业: '35 专用设备制造业', 成立日期: new Date(Date.UTC(2018, 4, 1)),
    地址: '霍邱县城关镇创新路8号', 法定代表人: '周测试', 联系人: '王测试', 联系电话: '13912345678', 技术领域: '80402 机器人',
    年度: year, 职工总数: 120, 科技人员数: 30, '销售收入（元）': 30_000_000 - i * 2_000_000, '总收入（元）': '32000000.50', '资产总额（元）': 40_000_000,
    '净资产（元）': '15000000.25', '成本费用支出总额（元）': 26_000_000, '研发费用（元）': 1_800_000, '境内研发费用（元）': 1_800_000,
    '高新技术产品（服务）收入（元）': 24_000_000, 'Ⅰ类知识产权数量': 1, 'Ⅱ类知识产权数量': 6, 科技成果转化数: 3,
  }));
}

/** Fills the downloaded template's data sheet (first sheet, header in row 1) with `rows`. */
async function fillTemplate(templatePath: string, rows: Cells[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(templatePath);
  const ws = wb.worksheets[0]!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map((h) => String(h ?? '').replace(/^\*/, ''));
  const missing = Object.keys(rows[0]!).filter((k) => !headers.includes(k));
  if (missing.length) throw new Error(`template has no column ${missing.join(', ')}; headers: ${headers.join(', ')}`);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    headers.forEach((h, c) => {
      if (r[h] !== undefined) row.getCell(c + 1).value = r[h] as ExcelJS.CellValue;
    });
    row.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function listTotal(page: Page, baseUrl: string, q?: string): Promise<number> {
  const res = await page.request.get(`${baseUrl}/api/v1/enterprises`, { params: { pageSize: 1, ...(q ? { q } : {}) } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { total: number }).total;
}

/** Notes the list total, opens the import page and downloads the template through its button. */
async function startImport(page: Page, baseUrl: string): Promise<{ before: number; template: string }> {
  const before = await listTotal(page, baseUrl);
  await page.goto(`${baseUrl}/enterprises`);
  await page.getByRole('button', { name: /导\s*入/ }).click();
  await page.waitForURL('**/enterprises/import');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-link').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  return { before, template: await download.path() };
}

const upload = (page: Page, name: string, buffer: Buffer) =>
  page.locator('.ant-upload input[type=file]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });

/** Searches the enterprise list and waits for the list's answer to that search. */
async function searchList(page: Page, q: string) {
  const box = page.getByTestId('enterprise-filters').getByPlaceholder('企业名称或统一社会信用代码');
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/enterprises' && new URL(r.url()).searchParams.get('q') === q);
  await box.fill(q);
  await box.press('Enter');
  await answered;
}

describe('企业培育: Excel import of enterprises and annual data through the web app (real server, demo data, headless Chromium)', () => {
  const env = useAppAndBrowser();
  const first = { name: '端到端导入测试甲智能装备有限公司', code: uscc('E2E00001') };
  const second = { name: '端到端导入测试乙智能装备有限公司', code: uscc('E2E00002') };

  it('staff fill the downloaded template, import it, find the enterprise in the list and see its diagnosis', async () => {
    const { page, errors } = await signedInPage(env, 'staff');
    const { before, template } = await startImport(page, env.app.url);
    const years = [lastYear, lastYear - 1, lastYear - 2];
    const file = await fillTemplate(template, [...rowsOf(first.name, first.code, years), ...rowsOf(second.name, second.code, years)]);
    await upload(page, '企业及年度数据.xlsx', file);
    const success = page.getByTestId('import-success');
    await success.waitFor({ timeout: 60_000 });
    const counts = await success.textContent();
    expect(counts).toContain('共处理 6 行数据');
    expect(counts).toMatch(/新增企业\s*2/);
    expect(counts).toMatch(/新增年度数据\s*6/);
    await screenshot(page, 'enterprise-01-import-done');
    expect(await listTotal(page, env.app.url)).toBe(before + 2);

    await page.getByRole('button', { name: '返回企业库' }).click();
    await page.waitForURL(/\/enterprises$/);
    await searchList(page, '端到端导入测试甲');
    const rows = page.getByTestId('enterprise-table').locator('tr.ant-table-row');
    // The unfiltered first page can hold the new enterprise too: wait for the searched page.
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    await rows.filter({ hasText: first.name }).waitFor();
    expect(await rows.first().textContent()).toContain(first.code);
    await screenshot(page, 'enterprise-02-list-search');

    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await exported.path());
    const exportedRows: string[] = [];
    book.worksheets[0]!.eachRow((r) => exportedRows.push(JSON.stringify(r.values)));
    expect(exportedRows.filter((r) => r.includes(first.name))).toHaveLength(3);
    expect(exportedRows.some((r) => r.includes(second.name))).toBe(false);

    await rows.first().getByRole('link', { name: first.name }).click();
    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('enterprise-summary').textContent()).toContain(first.code);
    expect(await page.getByTestId('enterprise-master').textContent()).toContain('139****5678');
    await page.getByRole('tab', { name: '诊断' }).click();
    const diagnosis = page.getByTestId('enterprise-diagnosis');
    await diagnosis.getByTestId('diagnosis-result').waitFor();
    expect(await diagnosis.textContent()).toContain(`依据 ${[...years].sort().join('、')} 年度数据`);
    await diagnosis.getByTestId('tech-sme-result').waitFor();
    await diagnosis.getByTestId('hnte-result').waitFor();
    await screenshot(page, 'enterprise-03-diagnosis');
    await page.getByRole('tab', { name: /年度数据/ }).click();
    await page.getByTestId('annual-table').getByText('32,000,000.50 元').first().waitFor();
    await logout(page);
    expect(unexpected(errors)).toEqual([]);
    fs.rmSync(template, { force: true });
    await page.close();
  });

  it('a file with an invalid USCC shows the row and column of the error, offers the error report and writes nothing', async () => {
    const { page, errors } = await signedInPage(env, 'staff');
    const { before, template } = await startImport(page, env.app.url);
    const fine = rowsOf('端到端导入测试丙智能装备有限公司', uscc('E2E00003'), [lastYear]);
    const broken = rowsOf('端到端导入测试丁智能装备有限公司', badUscc('E2E00004'), [lastYear]);
    await upload(page, '有错误的企业数据.xlsx', await fillTemplate(template, [...fine, ...broken]));
    const failed = page.getByTestId('import-failed');
    await failed.waitFor({ timeout: 60_000 });
    expect(await failed.textContent()).toContain('导入未执行');
    const problem = page.getByTestId('import-errors').locator('tr.ant-table-row').first();
    const cells = (await problem.locator('td').allTextContents()).map((t) => t.trim());
    expect(cells[0]).toBe('3');
    expect(cells[1]).toContain('统一社会信用代码');
    expect(cells[2]).toMatch(/校验|第 18 位/);
    await page.getByTestId('error-report').waitFor();
    await screenshot(page, 'enterprise-04-import-errors');

    expect(await listTotal(page, env.app.url)).toBe(before);
    await page.goto(`${env.app.url}/enterprises`);
    await searchList(page, '端到端导入测试丙');
    await page.getByTestId('enterprise-table').locator('.ant-empty-description', { hasText: '暂无数据' }).waitFor();
    expect(await listTotal(page, env.app.url, '端到端导入测试丙')).toBe(0);
    await logout(page);
    expect(unexpected(errors)).toEqual([]);
    fs.rmSync(template, { force: true });
    await page.close();
  });
});
