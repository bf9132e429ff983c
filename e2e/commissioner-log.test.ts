import { describe, expect, it } from 'vitest';
import { collectPageErrors, screenshot } from './support/browser';
import { loginAs } from './support/ui';
import { useAppAndBrowser } from './support/session';

/** A 401 from the anonymous "who am I" probe is expected; offline fetches fail on purpose below. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 401|ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e));

describe('科技特派员 writes a service log on a phone (390×844, demo data, headless Chromium)', () => {
  const env = useAppAndBrowser();

  it('signs in, writes a log, sees it in the list; a log written offline is uploaded when back online', async () => {
    const page = await env.browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = collectPageErrors(page);
    await loginAs(page, env.app.url, 'commissioner');
    await page.getByTestId('quick-links').getByText('服务日志', { exact: true }).click();
    await page.getByTestId('mobile-shell').waitFor();
    await page.getByTestId('my-summary').waitFor();
    await page.getByTestId('log-card').first().waitFor();
    const button = await page.getByTestId('new-log').boundingBox();
    expect(button!.height).toBeGreaterThanOrEqual(48);
    expect(button!.width).toBeGreaterThan(300);
    await screenshot(page, 'commissioner-log-01-list');

    const content = `指导燎原村大棚番茄整枝打杈与灰霉病防治 ${Date.now()}`;
    await page.getByTestId('new-log').click();
    const form = page.getByTestId('log-form');
    await form.waitFor();
    await form.locator('label.ant-radio-button-wrapper').filter({ hasText: /^培训$/ }).click();
    await form.getByLabel('服务内容').fill(content);
    await form.getByLabel('受益人数').fill('35');
    await form.getByLabel('培训人数').fill('35');
    await screenshot(page, 'commissioner-log-02-form');
    await page.getByTestId('log-submit').click();
    await page.getByText('服务日志已提交').waitFor();
    const card = page.getByTestId('log-card').filter({ hasText: content });
    await card.waitFor();
    expect(await card.textContent()).toContain('培训 35 人');
    await screenshot(page, 'commissioner-log-03-submitted');

    const offline = `离线填写：村部小麦赤霉病防治现场培训 ${Date.now()}`;
    await env.browser.context.setOffline(true);
    await page.getByTestId('new-log').click();
    await page.getByTestId('log-form').getByLabel('服务内容').fill(offline);
    await page.getByTestId('log-submit').click();
    await page.getByTestId('draft-card').filter({ hasText: offline }).waitFor();
    await screenshot(page, 'commissioner-log-04-offline-draft');
    await env.browser.context.setOffline(false);
    await page.getByTestId('log-card').filter({ hasText: offline }).waitFor();
    expect(await page.getByTestId('draft-card').count()).toBe(0);
    await screenshot(page, 'commissioner-log-05-synced');

    const synced = page.getByTestId('log-card').filter({ hasText: offline });
    await synced.getByRole('button', { name: /修\s*改/ }).click();
    await page.getByTestId('log-edit-form').getByLabel('受益人数').fill('42');
    await page.locator('.ant-modal').getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('服务日志已保存').waitFor();
    await synced.filter({ hasText: '受益 42 人' }).waitFor();
    await synced.getByRole('button', { name: /删\s*除/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /删\s*除/ }).click();
    await page.getByText('服务日志已删除').waitFor();
    await synced.waitFor({ state: 'detached' });

    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('staff sees the log in the roster summary, the coverage map, the needs board and the appraisal', async () => {
    const page = await env.browser.newPage();
    const errors = collectPageErrors(page);
    await loginAs(page, env.app.url, 'staff');
    const sider = page.locator('.ant-layout-sider');
    await sider.getByText('行政村覆盖').click();
    await page.getByTestId('coverage-kpis').waitFor();
    expect(await page.getByTestId('coverage-kpis').textContent()).toContain('行政村397个');
    await page.getByTestId('village-map').locator('canvas').waitFor();
    await page.getByTestId('uncovered-villages').locator('.ant-list-item').first().waitFor();
    await screenshot(page, 'commissioner-coverage');

    await sider.getByText('年度考核').click();
    await page.getByTestId('results-table').locator('tr.ant-table-row').first().waitFor();
    await page.getByTestId('grade-chart').locator('canvas').waitFor();
    await screenshot(page, 'commissioner-appraisal');

    await sider.getByText('需求对接').click();
    await page.getByTestId('need-card').first().waitFor();
    await screenshot(page, 'commissioner-needs');

    await sider.getByText('特派员名册').click();
    await page.getByRole('tab', { name: '经费与示范基地' }).click();
    await page.getByText('科技特派员服务帮扶点（演示）').first().waitFor();
    await page.getByRole('tab', { name: '服务情况汇总' }).click();
    // The funds tab's table (周明远's 工作经费 row too) stays in the DOM while it slides out: look in the open tab only.
    const row = page.locator('.ant-tabs-content-active tr.ant-table-row').filter({ hasText: '周明远' });
    await row.waitFor();
    await row.getByText('周明远').click();
    await page.locator('.ant-drawer').getByText('派驻与三方协议').waitFor();
    await screenshot(page, 'commissioner-roster-detail');
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('the city bureau sees coverage per county and opens one county for its villages', async () => {
    const page = await env.browser.newPage();
    const errors = collectPageErrors(page);
    await loginAs(page, env.app.url, 'city');
    await page.locator('.ant-layout-sider').getByText('行政村覆盖').click();
    const counties = page.getByTestId('county-table');
    await counties.locator('tr.ant-table-row').first().waitFor();
    expect(await page.getByTestId('village-map').count()).toBe(0);
    await counties.getByText('霍邱县').click();
    await page.getByTestId('village-map').locator('canvas').waitFor();
    expect(await page.getByTestId('coverage-kpis').textContent()).toContain('行政村397个');
    await screenshot(page, 'commissioner-coverage-city-drilldown');
    await page.getByRole('button', { name: '返回各县汇总' }).click();
    await counties.waitFor();
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});
