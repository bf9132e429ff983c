import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composeUscc } from '../domain/uscc';
import { screenshot } from './support/browser';
import { signedInPage, useAppAndBrowser } from './support/session';
import { formItem, loginAs, logout, pickOptions, searchAndChoose } from './support/ui';

const unexpected = (errors: string[]) => errors.filter((e) => !/status of 401/.test(e));
const openModal = '.ant-modal-wrap:not([style*="display: none"])';
/** The primary (OK) button of the open modal dialog. */
const modalOk = (page: Page) => page.locator(`${openModal} .ant-modal-footer .ant-btn-primary`).click();
const confirmOk = (page: Page) => page.locator('.ant-modal-confirm').getByRole('button', { name: /确\s*定/ }).click();
const lastYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear() - 1;

const figures: [label: string, value: string][] = [
  ['职工总数', '80'], ['科技人员数', '16'], ['Ⅰ类知识产权数量', '0'], ['Ⅱ类知识产权数量', '4'], ['科技成果转化数', '2'],
  ['销售收入', '12345678.9'], ['总收入', '12500000'], ['资产总额', '20000000'], ['净资产', '-150000.05'], ['成本费用支出总额', '11000000'],
  ['研发费用', '900000'], ['境内研发费用', '900000'], ['高新技术产品（服务）收入', '9000000'],
];

describe('企业培育: register, annual data, funnel and an application batch in the web app (real server, demo data, headless Chromium)', () => {
  const env = useAppAndBrowser();
  let detailUrl: string;
  const name = '端到端培育测试精密机械有限公司';
  const code = composeUscc('91', '341522', 'E2EC0001');

  it('staff register an enterprise: an invalid USCC is refused on the field, then it is created with the bureau as region', async () => {
    const { page, errors } = await signedInPage(env, 'staff');
    await page.locator('.ant-layout-sider').getByText('企业库').click();
    await page.waitForURL('**/enterprises');
    await page.getByRole('button', { name: '登记企业' }).click();
    const form = page.getByTestId('enterprise-form');
    await form.getByLabel('统一社会信用代码').fill(`${code.slice(0, 17)}${code.endsWith('0') ? '1' : '0'}`);
    await form.getByLabel('企业名称').fill(name);
    await form.getByLabel('联系电话').fill('13955556666');
    // 包保干部: any active staff or leader of the county, looked up by name.
    await searchAndChoose(page, formItem(page, '包保干部').locator('.ant-select'), '/api/v1/users/directory', '王局', '王局长（演示）');
    await modalOk(page);
    await formItem(page, '统一社会信用代码').locator('.ant-form-item-explain-error', { hasText: '第 18 位校验码错误' }).waitFor();
    await form.getByLabel('统一社会信用代码').fill(code.toLowerCase());
    await modalOk(page);
    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
    detailUrl = page.url();
    expect(await page.getByTestId('enterprise-summary').textContent()).toContain(code);
    const master = page.getByTestId('enterprise-master');
    expect(await master.textContent()).toContain('139****6666');
    expect(await master.textContent()).toContain('王局长（演示）');
    await master.getByRole('button', { name: '查看' }).click();
    await master.getByText('13955556666').waitFor();
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('a second registration with the same USCC is refused by the server on the USCC field', async () => {
    const { page } = await signedInPage(env, 'staff');
    await page.goto(`${env.app.url}/enterprises`);
    await page.getByRole('button', { name: '登记企业' }).click();
    const form = page.getByTestId('enterprise-form');
    await form.getByLabel('统一社会信用代码').fill(code);
    await form.getByLabel('企业名称').fill('重复登记测试有限公司');
    await modalOk(page);
    await formItem(page, '统一社会信用代码').locator('.ant-form-item-explain-error', { hasText: '已登记' }).waitFor();
    await page.close();
  });

  it('staff enter a year of figures as exact decimals and move the enterprise into the funnel', async () => {
    const { page, errors } = await signedInPage(env, 'staff');
    await page.goto(detailUrl);
    await page.getByRole('tab', { name: /年度数据/ }).click();
    await page.getByRole('button', { name: '填报年度数据' }).click();
    const form = page.getByTestId('annual-form');
    await form.getByLabel('年度', { exact: true }).fill(String(lastYear));
    for (const [label, value] of figures) await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByLabel('境内研发费用', { exact: true }).fill('900000.01');
    await modalOk(page);
    await formItem(page, '境内研发费用').locator('.ant-form-item-explain-error', { hasText: '境内研发费用不能大于研发费用' }).waitFor();
    await form.getByLabel('境内研发费用', { exact: true }).fill('900000');
    await modalOk(page);
    const table = page.getByTestId('annual-table');
    await table.getByText('12,345,678.90 元').waitFor();
    expect(await table.textContent()).toContain('-150,000.05 元');
    await table.getByRole('button', { name: /^修\s*改$/ }).click();
    await form.getByLabel('销售收入', { exact: true }).fill('12345679');
    await modalOk(page);
    await table.getByText('12,345,679.00 元').waitFor();
    await table.getByRole('button', { name: '修订记录' }).click();
    await page.locator(openModal).getByText('销售收入：12,345,678.90 元 → 12,345,679.00 元').waitFor();
    await page.locator(openModal).getByText('首次填报').waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: '培育链与批次' }).click();
    await page.getByRole('button', { name: '调整培育阶段' }).click();
    await pickOptions(page, '调整为', ['初创期科技型企业']);
    await page.getByTestId('move-stage-form').getByLabel('调整原因').fill('已录入年度数据，纳入初创期培育');
    await modalOk(page);
    await page.getByTestId('funnel-history').getByText('纳入初创期培育', { exact: false }).waitFor();
    expect(await page.getByTestId('enterprise-summary').textContent()).toContain('初创期科技型企业');
    await page.getByRole('tab', { name: '变更记录' }).click();
    await page.getByTestId('audit-trail').locator('tr.ant-table-row').first().waitFor();
    await screenshot(page, 'enterprise-10-detail-audit');
    // The one 400 is the refused 境内研发费用 above.
    expect(unexpected(errors).filter((e) => !/status of 400/.test(e))).toEqual([]);
    await page.close();
  });

  it('staff record an HNTE certificate; its report years appear and a filing is recorded', async () => {
    const { page, errors } = await signedInPage(env, 'staff');
    await page.goto(detailUrl);
    await page.getByRole('tab', { name: '资质' }).click();
    await page.getByRole('button', { name: '登记资质' }).click();
    const dialog = page.locator(openModal);
    await dialog.getByLabel('证书/登记编号').fill(`GR${lastYear - 1}34000123`);
    await dialog.getByLabel('发证/入库日期').fill(`${lastYear - 1}-11-20`);
    await dialog.getByLabel('发证/入库日期').press('Enter');
    await modalOk(page);
    const tiers = page.getByTestId('tier-table');
    await tiers.getByText(`GR${lastYear - 1}34000123`).waitFor();
    expect(await tiers.textContent()).toContain(`${lastYear - 1}-11-20 至 ${lastYear + 2}-11-20`);
    await page.getByRole('tab', { name: '高企年报' }).click();
    await page.getByRole('button', { name: '登记填报' }).click();
    await page.locator(openModal).getByLabel('填报日期').fill(`${lastYear}-05-20`);
    await page.locator(openModal).getByLabel('填报日期').press('Enter');
    await modalOk(page);
    await page.getByTestId('hnte-reports').locator('tr.ant-table-row', { hasText: `${lastYear}-05-20` }).getByText('已报').waitFor();
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('staff open a 科小 batch, recommend the enterprise and record that it passed the expert review', async () => {
    const { page, errors } = await signedInPage(env, 'staff');
    await page.locator('.ant-layout-sider').getByText('申报批次').click();
    await page.waitForURL('**/enterprise-batches');
    await page.getByRole('button', { name: '新建批次' }).click();
    await pickOptions(page, '批次类型', ['科技型中小企业评价']);
    await page.locator(openModal).getByLabel('批次名称').fill('端到端测试科小评价批次');
    await modalOk(page);
    await page.waitForURL(/\/enterprise-batches\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: '推荐企业' }).click();
    await searchAndChoose(page, formItem(page, '企业').locator('.ant-select'), '/api/v1/enterprises', '端到端培育测试', name);
    await modalOk(page);
    const entries = page.getByTestId('batch-entries');
    await entries.getByText(name).waitFor();
    await page.getByRole('button', { name: /进入“专家评审”/ }).click();
    await confirmOk(page);
    await page.getByRole('button', { name: /进入“公示”/ }).waitFor();
    await entries.getByRole('button', { name: '登记结果' }).click();
    await modalOk(page);
    await entries.getByText('通过专家评审').waitFor();
    // The entries are paged by the server; searching another name leaves none, this one finds it again.
    const search = page.getByPlaceholder('企业名称或统一社会信用代码', { exact: true });
    await search.fill('不存在的企业名称');
    await search.press('Enter');
    await entries.locator('.ant-table-placeholder .ant-empty-description', { hasText: '暂无数据' }).waitFor();
    await search.fill(name.slice(0, 8));
    await search.press('Enter');
    await page.getByText('共 1 家').waitFor();
    await entries.getByText(name).waitFor();
    await screenshot(page, 'enterprise-11-batch');
    await page.goto(detailUrl);
    await page.getByRole('tab', { name: '培育链与批次' }).click();
    await page.getByText('端到端测试科小评价批次').waitFor();
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('发现一批 and 到期提醒 list demo enterprises; the enterprise user sees only its own enterprise', async () => {
    const { page, errors } = await signedInPage(env, 'staff');
    await page.locator('.ant-layout-sider').getByText('发现一批').click();
    await page.getByTestId('candidate-table').locator('tr.ant-table-row').first().waitFor();
    await screenshot(page, 'enterprise-12-candidates');
    await page.locator('.ant-layout-sider').getByText('到期提醒').click();
    await page.getByTestId('reminder-table').locator('.ant-table-tbody').waitFor();
    await screenshot(page, 'enterprise-13-reminders');
    await logout(page);
    await loginAs(page, env.app.url, 'enterprise');
    await page.locator('.ant-layout-sider').getByText('企业库').click();
    const rows = page.getByTestId('enterprise-table').locator('tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await page.locator('.ant-layout-sider').textContent()).not.toContain('申报批次');
    await rows.first().getByRole('link').click();
    await page.getByRole('button', { name: '修改本企业信息' }).waitFor();
    expect(await page.getByRole('button', { name: '登记企业' }).count()).toBe(0);
    await page.getByRole('tab', { name: '诊断' }).click();
    await page.getByTestId('enterprise-diagnosis').waitFor();
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});
