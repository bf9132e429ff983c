import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, screenshot } from './support/browser';
import { chooseOption, loginAs, logout } from './support/ui';
import { useAppAndBrowser } from './support/session';

const unexpected = (errors: string[]) => errors.filter((e) => !/status of 401/.test(e));
const chinaDay = (offsetDays: number) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** JSON API call with the page's session cookie and CSRF token (setup steps that are not under test). */
async function apiPost(page: Page, baseUrl: string, path: string, body: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'kejiju_csrf')?.value ?? '';
  const res = await page.request.post(`${baseUrl}${path}`, { data: body, headers: { 'x-csrf-token': csrf } });
  if (!res.ok()) throw new Error(`${path}: ${res.status()} ${await res.text()}`);
  return res.json();
}

const state = (page: Page) => page.getByTestId('project-state');
/** Ant Design puts a space between the two characters of a two-character button label (立 项). */
const act = async (page: Page, label: string) =>
  page.getByTestId('project-actions').getByRole('button', { name: new RegExp(`^${[...label].join('\\s*')}$`) }).click();
const openModal = '.ant-modal-wrap:not([style*="display: none"])';

/**
 * Confirms the open modal and waits until no modal is open: the next step's modal must not be
 * mistaken for this one while it animates out. If the modal stays open, fails with its form errors.
 */
async function modalOk(page: Page) {
  await page.locator(openModal).getByRole('button', { name: /确\s*定/ }).click();
  try {
    await page.waitForFunction((selector) => !document.querySelector(selector), openModal, { timeout: 10_000 });
  } catch {
    const errors = await page.locator(`${openModal} .ant-form-item-explain-error`).allTextContents();
    throw new Error(`对话框点“确定”后未关闭；表单错误：${errors.join('；') || '无'}`);
  }
}

/** Types both dates of the open modal's range picker, again if the picker did not keep them (seen under load). */
async function fillRange(page: Page, from: string, to: string) {
  const inputs = page.locator(`${openModal} .ant-picker-range input`);
  for (let attempt = 1; attempt <= 3; attempt++) {
    await inputs.first().click();
    await inputs.first().fill(from);
    await inputs.first().press('Enter');
    await inputs.nth(1).fill(to);
    await inputs.nth(1).press('Enter');
    if ((await inputs.first().inputValue()) === from && (await inputs.nth(1).inputValue()) === to) return;
  }
  throw new Error(`日期范围未能填入 ${from} 至 ${to}`);
}

describe('科技项目: an application from submission through expert review to 立项 (real server, demo data, headless Chromium)', () => {
  const env = useAppAndBrowser();
  let callId: string;
  let projectUrl: string;

  it('staff publish a call that draws one 电子信息 expert per application', async () => {
    const page = await env.browser.newPage();
    await loginAs(page, env.app.url, 'staff');
    const programme = await apiPost(page, env.app.url, '/api/v1/programmes', { name: '县级科技计划·数字经济专项（演示）', level: 'county', track: 'county' });
    const call = await apiPost(page, env.app.url, '/api/v1/calls', {
      programmeId: programme.id, year: Number(chinaDay(0).slice(0, 4)), title: '数字经济专项申报指南（端到端测试）',
      opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), budget: '1000000',
      maxFiscalPerProject: '500000', requiredAttachments: [{ kind: 'licence', label: '营业执照' }],
      scoreSheet: { items: [{ code: 'innovation', title: '创新性', weight: 50 }, { code: 'feasibility', title: '技术可行性', weight: 50 }], commentBelow: 60, spreadLimit: 20 },
      drawRule: { perApplication: 1, minFinancial: 0, minTechnicalPercent: 100 },
    });
    callId = call.id;
    await page.close();
  });

  it('the enterprise applies: the form is prefilled from the enterprise master, saves itself, and is submitted once complete', async () => {
    const page = await env.browser.newPage();
    const errors = collectPageErrors(page);
    await loginAs(page, env.app.url, 'enterprise');
    await page.goto(`${env.app.url}/project-calls/${callId}`);
    await page.getByRole('button', { name: '在线申报' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectUrl = page.url();
    expect(await page.getByTestId('applicant-card').textContent()).toContain('霍邱县演示智能装备有限公司');
    expect(await page.getByTestId('completeness').textContent()).toContain('请填写项目名称');
    const form = page.getByTestId('application-form');
    await form.getByLabel('项目名称').fill('农机作业北斗定位监测终端研发');
    await chooseOption(page, form.locator('.ant-form-item', { has: page.getByLabel('技术领域') }).locator('.ant-select'), '电子信息');
    await form.getByLabel('项目负责人').fill('陈工');
    await form.getByLabel('开始日期').fill(`${chinaDay(30)}`);
    await form.getByLabel('开始日期').press('Enter');
    await form.getByLabel('结束日期').fill(`${chinaDay(400)}`);
    await form.getByLabel('结束日期').press('Enter');
    await page.getByRole('button', { name: '添加成员' }).click();
    await page.getByTestId('team-editor').getByLabel('姓名', { exact: true }).last().fill('吴工');
    await page.getByRole('button', { name: '添加预算行' }).click();
    await page.getByTestId('budget-editor').getByLabel('预算金额', { exact: true }).last().fill('200000');
    await form.getByLabel('项目目标').fill('研制基于北斗的农机作业监测终端并在全县推广应用');
    await page.getByRole('button', { name: '添加考核指标' }).click();
    await page.getByTestId('kpi-editor').getByLabel('指标名称', { exact: true }).last().fill('推广终端');
    await page.getByTestId('kpi-editor').getByLabel('目标值', { exact: true }).last().fill('500台');
    await page.getByTestId('autosave-status').filter({ hasText: '已自动保存' }).waitFor();
    await screenshot(page, 'project-01-application');
    await page.getByRole('tab', { name: '附件' }).click();
    await page.getByTestId('attachment-upload').locator('input[type=file]').setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 licence') });
    await page.getByTestId('attachments-table').getByText('营业执照.pdf').waitFor();
    await page.getByRole('tab', { name: '申报书' }).click();
    await page.getByTestId('completeness').waitFor({ state: 'detached' });
    await act(page, '提交申报');
    await state(page).filter({ hasText: '已提交' }).waitFor();
    await logout(page);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('staff pass the formal review and draw the reviewer, with the draw record replayable', async () => {
    const page = await env.browser.newPage();
    await loginAs(page, env.app.url, 'staff');
    await page.goto(projectUrl);
    await act(page, '形式审查通过');
    await state(page).filter({ hasText: '专家评审' }).waitFor();
    await page.goto(`${env.app.url}/project-calls/${callId}`);
    await page.getByRole('button', { name: '抽取评审专家' }).click();
    await page.waitForURL(/\/project-calls\/draws\//);
    await page.getByTestId('replay-ok').waitFor();
    expect(await page.getByTestId('draw-project').textContent()).toContain('刘明远');
    await screenshot(page, 'project-02-draw');
    await logout(page);
    await page.close();
  });

  it('the expert declares no conflict, then reads and scores the application once', async () => {
    const page = await env.browser.newPage();
    await loginAs(page, env.app.url, 'expert');
    // The draw notified the expert: the header bell shows the unread to-do.
    await page.getByTestId('notification-badge').locator('.ant-badge-count').waitFor();
    await page.locator('.ant-layout-sider').getByText('评审任务').click();
    await page.getByTestId('review-list').locator('.ant-list-item', { hasText: '农机作业北斗定位监测终端研发' }).getByRole('button', { name: '确认回避' }).click();
    await page.getByTestId('conflict-declaration').getByText('本人承诺与该项目不存在需要回避的利益冲突').click();
    await page.getByRole('button', { name: '确认无利益冲突，查看申报书' }).click();
    const sheet = page.getByTestId('score-form');
    await sheet.getByLabel('创新性').fill('85');
    await sheet.getByLabel('技术可行性').fill('80');
    await sheet.getByLabel('评审意见').fill('技术路线可行，推广前景好');
    await sheet.getByTestId('score-total').filter({ hasText: '82.50' }).waitFor();
    await screenshot(page, 'project-03-scoring');
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await page.getByText('您已提交评分，总分 82.50').waitFor();
    await page.close();
  });

  it('staff complete the review, propose, publish and approve: the project gets its number', async () => {
    const page = await env.browser.newPage();
    await loginAs(page, env.app.url, 'staff');
    await page.goto(projectUrl);
    await act(page, '评审完成');
    await state(page).filter({ hasText: '评审完成' }).waitFor();
    await act(page, '拟立项');
    await state(page).filter({ hasText: '拟立项' }).waitFor();
    await act(page, '发布公示');
    await fillRange(page, chinaDay(-8), chinaDay(-1));
    await modalOk(page);
    await state(page).filter({ hasText: '公示' }).waitFor();
    await act(page, '立项');
    await modalOk(page);
    await state(page).filter({ hasText: /^立项$/ }).waitFor();
    expect(await page.getByTestId('project-no').textContent()).toMatch(/^\d{4}-341522-\d{3}$/);
    await page.getByRole('tab', { name: '办理记录' }).click();
    const timelineCard = page.getByTestId('project-timeline');
    await timelineCard.filter({ hasText: '发布公示' }).waitFor();
    const timeline = await timelineCard.textContent();
    for (const step of ['提交申报', '形式审查通过', '评审完成', '拟立项', '发布公示', '立项']) expect(timeline).toContain(step);
    await screenshot(page, 'project-04-approved');
    await page.close();
  });
  it('项目经费 pages the programme-years and shows the 合计 of all of them, with the new project\'s tranche', async () => {
    const page = await env.browser.newPage();
    const errors = collectPageErrors(page);
    await loginAs(page, env.app.url, 'staff');
    const projectId = projectUrl.split('/').pop()!;
    await apiPost(page, env.app.url, `/api/v1/projects/${projectId}/disbursements`, { amount: '12345.67', source: 'county', paidOn: chinaDay(0), voucherNo: 'E2E-PZ-1' });
    const summary = await (await page.request.get(`${env.app.url}/api/v1/funds/summary?pageSize=200`)).json();
    await page.goto(`${env.app.url}/project-funds`);
    const totals = page.getByTestId('funds-totals');
    await totals.filter({ hasText: `合计（全部 ${summary.total} 个计划年度）` }).waitFor();
    const wan = (v: string) => `${(Number(v) / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
    expect(await totals.textContent()).toContain(wan(summary.totals.disbursed));
    const ours = summary.items.findIndex((i: { programmeName: string }) => i.programmeName === '县级科技计划·数字经济专项（演示）');
    expect(summary.items[ours]).toMatchObject({ projects: 1, disbursed: '12345.67', bySource: { county: '12345.67' } });
    const table = page.getByTestId('funds-table');
    if (ours >= 20) await table.locator('.ant-pagination').getByText(String(Math.floor(ours / 20) + 1), { exact: true }).click();
    await table.locator('tr').filter({ hasText: '县级科技计划·数字经济专项（演示）' }).getByText('1.23 万元').first().waitFor();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBeLessThanOrEqual(20);
    await screenshot(page, 'project-05-funds');
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});
