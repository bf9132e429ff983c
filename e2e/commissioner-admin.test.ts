import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dec } from '../domain/exact';
import { type AppServer, startAppServer } from './support/app-server';
import { collectPageErrors, launchBrowser, screenshot, type TestBrowser } from './support/browser';
import { formItem, loginAs, searchOptions } from './support/ui';

/** A 401 from the anonymous "who am I" probe is expected; so are the 4xx answers provoked on purpose below. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of (401|400|409)/.test(e));
/** 1×1 PNG: the photo upload checks the magic bytes. */
const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Writes through the page's session (cookies and CSRF header), as another tab of the same user would. */
async function apiCall<T>(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<T> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'kejiju_csrf')?.value ?? '';
  const res = await page.request.fetch(path.startsWith('http') ? path : new URL(path, page.url()).toString(), { method, data, headers: { 'x-csrf-token': csrf } });
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Picks the first option of the open Select dropdown whose text contains `text` (after typing it when `search`). */
async function choose(page: Page, text: string) {
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator('.ant-select-item-option', { hasText: text }).first().click();
}

/** Opens a single Select, optionally types a search, and takes the first (active) option with Enter. */
async function pickFirst(page: Page, select: ReturnType<Page['locator']>, search?: string, text = '') {
  await select.click();
  if (search) await select.locator('input').fill(search);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator('.ant-select-item-option', { hasText: text }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'));
  return (await select.locator('.ant-select-content, .ant-select-selection-item').first().textContent())?.trim() ?? '';
}

/** Closes an open (multiple) Select by clicking the modal title, and waits until no dropdown is left open. */
async function closeDropdown(page: Page) {
  await page.locator(modal).locator('.ant-modal-title').click();
  await page.waitForFunction(() => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'));
}

const modal = '.ant-modal-wrap:not([style*="display: none"])';

/** Reloads the app and opens 特派员名册, on the given tab. */
async function openRoster(page: Page, baseUrl: string, tab?: string) {
  await page.goto(baseUrl);
  await page.locator('.ant-layout-sider').getByText('特派员名册').click();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

/** Opens one commissioner's drawer from the roster search. */
async function openCommissioner(page: Page, baseUrl: string, name: string) {
  await openRoster(page, baseUrl);
  const search = page.getByPlaceholder('姓名、编号或工作单位').first();
  await search.fill(name);
  await search.press('Enter');
  await page.getByTestId('roster-table').getByText(name).first().click();
}
const amountOf = (text: string) => new Dec(text.replace(/[,\s元]/g, ''));

describe('科技特派员 administration in the browser (staff, demo data, headless Chromium)', () => {
  let app: AppServer;
  let browser: TestBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await startAppServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    errors = collectPageErrors(page);
    await loginAs(page, app.url, 'staff');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('forms a 科技特派团 with a technical head, and a stale edit offers the latest data', async () => {
    await openRoster(page, app.url, '科技特派团');
    await page.getByRole('button', { name: '组建科技特派团' }).click();
    const form = page.getByTestId('team-form');
    await form.getByLabel('特派团名称').fill('霍邱县稻虾综合种养科技特派团');
    await form.locator('label.ant-radio-wrapper').filter({ hasText: '专业型' }).click();
    await form.getByLabel('服务产业').fill('水产养殖');
    await form.getByLabel('行政团长').fill('李华（副县长）');
    await searchOptions(page, formItem(page, '成员').locator('.ant-select'), '/api/v1/commissioners', '周明远');
    await choose(page, '周明远');
    await formItem(page, '成员').getByText('周明远').first().waitFor();
    await closeDropdown(page);
    expect(await pickFirst(page, formItem(page, '技术团长（从成员中选一位）').locator('.ant-select'))).toContain('周明远');
    await screenshot(page, 'commissioner-admin-01-team-form');
    await page.locator(modal).getByRole('button', { name: /保\s*存/ }).click();
    const card = page.getByTestId('team-card').filter({ hasText: '霍邱县稻虾综合种养科技特派团' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/专业型[\s\S]*周明远[\s\S]*技术团长/);

    await card.getByRole('button', { name: '编辑' }).click();
    await page.getByTestId('team-form').waitFor();
    const team = (await apiCall<{ items: Array<{ id: string; name: string; version: number }> }>(page, 'GET', '/api/v1/commissioner-teams')).items
      .find((t) => t.name === '霍邱县稻虾综合种养科技特派团')!;
    await apiCall(page, 'PATCH', `/api/v1/commissioner-teams/${team.id}`, { version: team.version, adminHead: '王强（副县长）' });
    await page.getByTestId('team-form').getByLabel('服务产业').fill('稻渔综合种养');
    await page.locator(modal).getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('save-error').filter({ hasText: '已被他人修改' }).waitFor();
    await page.getByRole('button', { name: '载入最新数据' }).click();
    await expect.poll(() => page.getByTestId('team-form').getByLabel('行政团长').inputValue()).toBe('王强（副县长）');
    await page.getByTestId('team-form').getByLabel('服务产业').fill('稻渔综合种养');
    await page.locator(modal).getByRole('button', { name: /保\s*存/ }).click();
    await card.filter({ hasText: '稻渔综合种养' }).filter({ hasText: '王强（副县长）' }).waitFor();
    await screenshot(page, 'commissioner-admin-02-teams');
  });

  it('edits the appraisal sheet: the API refuses weights not adding up to 100, then the 优秀 cap is saved', async () => {
    await page.goto(app.url);
    await page.locator('.ant-layout-sider').getByText('年度考核').click();
    await page.getByRole('button', { name: '编辑考核方案' }).click();
    const editor = page.getByTestId('config-editor');
    await editor.getByTestId('sheet-item').first().getByLabel('分值').fill('35');
    await editor.getByRole('button', { name: '保存方案' }).click();
    await editor.getByTestId('save-error').filter({ hasText: '各考核项分值合计应为 100' }).waitFor();
    await screenshot(page, 'commissioner-admin-03-sheet-error');
    await editor.getByTestId('sheet-item').first().getByLabel('分值').fill('30');
    await editor.getByLabel('优秀比例上限').fill('30');
    await editor.getByRole('button', { name: '保存方案' }).click();
    await page.getByText('考核方案已保存').waitFor();
    await page.getByTestId('sheet-caps').filter({ hasText: '优秀不超过 30%' }).waitFor();
    const sheets = await apiCall<{ items: Array<{ status: string; config: { caps: { excellent: string } } }> }>(page, 'GET', '/api/v1/appraisals');
    expect(sheets.items.find((s) => s.status === 'draft')!.config.caps.excellent).toBe('0.3');
    await screenshot(page, 'commissioner-appraisal-config');
  });

  it('registers a 服务帮扶点 in a village and a fund line, and the year total grows exactly', async () => {
    await openRoster(page, app.url, '经费与示范基地');
    await page.getByRole('button', { name: '登记基地/服务点' }).click();
    const form = page.getByTestId('base-form');
    await form.getByLabel('名称').fill('城西湖乡科技特派员服务帮扶点');
    const picker = form.getByTestId('village-picker');
    await pickFirst(page, picker.locator('.ant-select').first());
    const villageName = (await pickFirst(page, picker.locator('.ant-select').nth(1), '村'))!.replace(/(村民委员会|村委会)$/, '');
    expect(villageName).not.toBe('');
    await page.locator(modal).getByRole('button', { name: /保\s*存/ }).click();
    const row = page.getByTestId('bases-table').locator('tr').filter({ hasText: '城西湖乡科技特派员服务帮扶点' });
    await row.waitFor();
    expect(await row.textContent()).toContain(villageName);

    const year = new Date().getFullYear();
    const totalCell = page.getByTestId(`fund-total-${year}`);
    await totalCell.waitFor();
    const before = amountOf((await totalCell.textContent())!);
    await page.getByRole('button', { name: '登记经费' }).click();
    const fund = page.getByTestId('fund-form');
    const who = fund.locator('.ant-form-item').filter({ has: page.locator('label[for="commissionerId"]') });
    expect(await pickFirst(page, who.locator('.ant-select'), '周明远', '周明远')).toContain('周明远');
    await fund.getByLabel('项目').fill('科技特派员农村科技创业行动');
    await fund.getByLabel('金额（元）').fill('0');
    await page.locator(modal).getByRole('button', { name: /保\s*存/ }).click();
    await formItem(page, '金额（元）').getByText('应大于 0').waitFor();
    await fund.getByLabel('金额（元）').fill('12345.67');
    await page.locator(modal).getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('经费已登记').waitFor();
    const expected = before.add('12345.67').toFixed(2);
    await expect.poll(async () => amountOf((await totalCell.textContent())!).toFixed(2)).toBe(expected);
    await pickFirst(page, page.getByTestId('fund-filter').locator('.ant-select'), '周明远', '周明远');
    await page.getByTestId('funds-table').locator('tr').filter({ hasText: '科技特派员农村科技创业行动' }).getByText('12,345.67 元').waitFor();
    await screenshot(page, 'commissioner-admin-04-extras');
  });

  it('runs a 选聘 round: create with a quota, select a candidate, refuse one over quota, close it', async () => {
    await openRoster(page, app.url, '备选库与选聘');
    await page.getByRole('button', { name: '新建选聘批次' }).click();
    const form = page.getByTestId('round-form');
    await form.getByLabel('批次名称').fill('浏览器测试补充选聘');
    await form.getByLabel('名额').fill('1');
    await page.locator(modal).getByRole('button', { name: /创\s*建/ }).click();
    const round = page.getByTestId('rounds-table').locator('tr').filter({ hasText: '浏览器测试补充选聘' });
    await round.waitFor();
    const candidates = page.getByTestId('candidates-tab').getByTestId('roster-table').locator('tr.ant-table-row');
    await candidates.first().waitFor();
    await candidates.nth(0).locator('.ant-checkbox-input').check();
    await page.getByRole('button', { name: /选聘所选 1 人/ }).click();
    await page.getByText(/已选聘 1 人（浏览器测试补充选聘 共 1 人）/).waitFor();
    await candidates.nth(0).locator('.ant-checkbox-input').check();
    await page.getByRole('button', { name: /选聘所选 1 人/ }).click();
    await page.getByText(/超出本批次名额（1 名，已选 1 名）/).waitFor();
    await round.getByRole('button', { name: '结束批次' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await round.getByText('已结束').waitFor();
    await screenshot(page, 'commissioner-admin-05-rounds');
  });

  it('registers a 三方协议 with a scanned copy, downloads it, and marks it fulfilled', async () => {
    await openCommissioner(page, app.url, '周明远');
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('button', { name: '新增派驻' }).click();
    const assign = page.getByTestId('assignment-form');
    await assign.locator('label.ant-radio-wrapper').filter({ hasText: '合作社/家庭农场' }).click();
    await assign.getByLabel('名称').fill('燎原果蔬种植专业合作社');
    await assign.getByRole('button', { name: /派\s*驻/ }).click();
    const item = drawer.getByTestId('assignment-item').filter({ hasText: '燎原果蔬种植专业合作社' });
    await item.getByRole('button', { name: '登记协议' }).click();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const form = page.getByTestId('agreement-form');
    await form.getByLabel('协议编号').fill('HQXY-E2E-001');
    await form.getByTestId('agreement-file').setInputFiles({ name: '三方协议.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.locator(modal).getByRole('button', { name: /登\s*记/ }).click();
    await item.filter({ hasText: '三方协议：履行中' }).waitFor();

    await item.getByRole('button', { name: '协议', exact: true }).click();
    const link = page.getByTestId('agreement-attachment');
    await link.waitFor();
    expect(await link.textContent()).toContain('三方协议.pdf');
    const download = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).toString());
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    await page.getByTestId('agreement-form').locator('label.ant-radio-wrapper').filter({ hasText: '已完成' }).click();
    await page.locator(modal).getByRole('button', { name: /保\s*存/ }).click();
    await item.filter({ hasText: '三方协议：已完成' }).waitFor();
    await item.getByRole('button', { name: '修改' }).click();
    await page.getByTestId('assignment-edit-form').getByLabel('需求信息').fill('设施蔬菜病虫害绿色防控');
    await page.locator(modal).getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('派驻已保存').waitFor();
    await screenshot(page, 'commissioner-admin-06-agreement');
  });

  it('shows a commissioner’s service logs with their photos in the drawer', async () => {
    const [zhou] = (await apiCall<{ items: Array<{ id: string }> }>(page, 'GET', '/api/v1/commissioners?q=周明远')).items;
    const photo = await apiCall<{ id: string }>(page, 'POST', '/api/v1/service-logs/photos', { name: 'field.png', mime: 'image/png', dataBase64: png });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    await apiCall(page, 'POST', '/api/v1/service-logs', { commissionerId: zhou!.id, serviceDate: today, place: '村部大棚', type: 'onsite', content: '桌面端查看照片：番茄灰霉病现场诊断',
      beneficiaries: 12, trained: 0, varieties: 0, technologies: 0, problemsSolved: 1, photoFileIds: [photo.id] });
    await openCommissioner(page, app.url, '周明远');
    const log = page.getByTestId('commissioner-log').filter({ hasText: '桌面端查看照片' });
    await log.waitFor();
    const img = log.getByTestId('log-photos').locator('img').first();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).toBe(1);
    expect(await page.getByTestId('commissioner-funds').textContent()).toContain('科技特派员农村科技创业行动');
    await screenshot(page, 'commissioner-admin-07-logs');

    await log.getByRole('button', { name: '修改' }).click();
    const edit = page.getByTestId('log-edit-form');
    await edit.getByLabel('服务内容').fill('桌面端修改：番茄灰霉病现场诊断并补充用药建议');
    await page.locator(modal).getByRole('button', { name: /保\s*存/ }).click();
    const edited = page.getByTestId('commissioner-log').filter({ hasText: '桌面端修改：番茄灰霉病现场诊断' });
    await edited.waitFor();
    expect(await edited.textContent()).toContain('受益 12 人 · 解决问题 1 个');
    await expect.poll(() => edited.getByTestId('log-photos').locator('img').count()).toBe(1);
    await edited.getByRole('button', { name: /删\s*除/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('服务日志已删除').waitFor();
    await edited.waitFor({ state: 'detached' });
    expect(unexpected(errors)).toEqual([]);
  });
});
