import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/app-server';
import { initialLoadSize } from './support/bundle-size';
import { collectPageErrors, screenshot } from './support/browser';
import { loginAs, logout, menuTexts } from './support/ui';
import { useAppAndBrowser } from './support/session';

/** Uncaught page errors fail the test; a 401 from the anonymous "who am I" probe is expected. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 401/.test(e));

describe('platform web app (real server, demo data, headless Chromium)', () => {
  const env = useAppAndBrowser();

  it('keeps the login page and the shell within 350 KB of gzipped JS', () => {
    const { gzipBytes } = initialLoadSize(path.join(repoRoot, 'web/dist'), [
      'src/features/auth/LoginPage.tsx',
      'src/features/home/HomePage.tsx',
    ]);
    expect(gzipBytes).toBeLessThan(350 * 1024);
  });

  it('staff signs in, sees the layout for their role and signs out', async () => {
    const page = await env.browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${env.app.url}/`);
    await page.waitForURL('**/login');
    await page.getByTestId('demo-accounts').waitFor();
    expect(await page.getByTestId('demo-accounts').textContent()).toContain('演示');
    await screenshot(page, 'platform-01-login');
    // The public 企业自评 page is reachable from the login page without signing in.
    await page.getByRole('link', { name: '进行企业自评' }).click();
    await page.waitForURL('**/self-check');
    await page.getByRole('heading', { name: /企业自评/ }).waitFor();
    await screenshot(page, 'platform-01b-self-check');
    await page.goBack();
    await page.getByTestId('login-form').waitFor();

    await loginAs(page, env.app.url, 'staff');
    expect(await page.getByTestId('user-name').textContent()).toBe('李科员（演示）');
    expect(await page.getByTestId('header-org').textContent()).toBe('霍邱县科学技术局（演示）');
    await page.getByTestId('demo-tag').waitFor();
    expect(await page.getByTestId('role-tags').first().textContent()).toContain('业务科室');
    const staffMenu = await menuTexts(page);
    expect(staffMenu[0]).toBe('工作台');
    expect(staffMenu).not.toContain('用户管理');
    await page.getByTestId('home-greeting').waitFor();
    await page.getByTestId('previous-login').waitFor();
    await screenshot(page, 'platform-02-staff-home');

    await logout(page);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('admin opens 用户管理 and sees the demo users', async () => {
    const page = await env.browser.newPage();
    const errors = collectPageErrors(page);
    await loginAs(page, env.app.url, 'admin');
    const menu = await menuTexts(page);
    expect(menu).toEqual(['工作台', '系统管理', '用户管理', '单位管理']);
    expect(await page.getByTestId('quick-links').textContent()).toContain('用户管理');
    await screenshot(page, 'platform-03a-admin-home');

    await page.locator('.ant-layout-sider').getByText('用户管理').click();
    await page.waitForURL('**/admin/users');
    const rows = page.getByTestId('users-table').locator('tr.ant-table-row');
    await rows.first().waitFor();
    const usernames = await rows.locator('td:first-child').allTextContents();
    for (const name of ['admin', 'security', 'auditor', 'leader', 'staff', 'staff2', 'enterprise', 'expert', 'member']) {
      expect(usernames).toContain(name);
    }
    // Mobile numbers are masked until 查看 (audited) reveals one.
    const staffRow = rows.filter({ has: page.locator('td:first-child', { hasText: /^staff$/ }) });
    expect(await staffRow.textContent()).toContain('138****0005');
    await staffRow.getByRole('button', { name: /查\s*看/ }).click();
    await staffRow.getByText('13800000005').waitFor();
    await screenshot(page, 'platform-03-admin-users');

    await page.locator('.ant-layout-sider').getByText('单位管理').click();
    await page.waitForURL('**/admin/organisations');
    const orgRows = page.getByTestId('orgs-table').locator('tr.ant-table-row');
    await orgRows.first().waitFor();
    expect(await orgRows.locator('td:first-child').allTextContents()).toContain('霍邱县科学技术局（演示）演示');
    await screenshot(page, 'platform-04-admin-organisations');

    // The session disappears (expiry, sign-out elsewhere): the next API call leads back to /login.
    await env.browser.context.clearCookies();
    await page.locator('.ant-layout-sider').getByText('用户管理').click();
    const leaderRow = rows.filter({ has: page.locator('td:first-child', { hasText: /^leader$/ }) });
    await leaderRow.getByRole('button', { name: /查\s*看/ }).click();
    await page.waitForURL('**/login');
    expect(await page.getByTestId('login-notice').textContent()).toContain('请先登录');
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('auditor sees the audit log of these sign-ins and verifies the hash chain', async () => {
    const page = await env.browser.newPage();
    await loginAs(page, env.app.url, 'auditor');
    expect(await menuTexts(page)).toEqual(['工作台', '安全审计', '审计日志']);
    await page.locator('.ant-layout-sider').getByText('审计日志').click();
    await page.waitForURL('**/security/audit-logs');
    const rows = page.getByTestId('audit-table').locator('tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toContainEqual(expect.stringContaining('auth.login'));
    await page.getByRole('button', { name: '校验哈希链' }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: '哈希链校验通过' }).waitFor();
    await screenshot(page, 'platform-05-auditor-audit-log');
    await page.close();
  });
});
