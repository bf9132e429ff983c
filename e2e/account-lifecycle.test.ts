import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, screenshot } from './support/browser';
import { formItem, loginAs, logout, pickOptions, submitLogin } from './support/ui';
import { useAppAndBrowser } from './support/session';

const totpAt = (secret: string, at: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: at });

/** Writes through the API from inside the page (same cookies and CSRF header as the app). */
async function apiFromPage(page: Page, method: string, path: string, body?: unknown): Promise<number> {
  return page.evaluate(async ({ method, path, body }) => {
    const csrf = document.cookie.split('; ').find((c) => c.startsWith('kejiju_csrf='))?.slice('kejiju_csrf='.length) ?? '';
    const res = await fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
      body: body === undefined ? undefined : JSON.stringify(body) });
    return res.status;
  }, { method, path, body });
}

async function createUser(page: Page, user: { username: string; name: string; org: string; role: string; mobile: string }, password: string) {
  await page.getByRole('button', { name: '新建用户' }).click();
  await formItem(page, '用户名').locator('input').fill(user.username);
  await formItem(page, '姓名').locator('input').fill(user.name);
  await pickOptions(page, '所属单位', [user.org], user.org.slice(0, 5));
  await pickOptions(page, '角色', [user.role]);
  await formItem(page, '手机号').locator('input').fill(user.mobile);
  await formItem(page, '初始密码').locator('input').fill(password);
  await page.getByRole('button', { name: /创\s*建/ }).click();
  await page.getByTestId('users-table').getByText(user.username, { exact: true }).waitFor();
}

/** On the forced password page: sets the new password and waits until the app moves on. */
async function changeForcedPassword(page: Page, shot?: string) {
  await page.waitForURL('**/change-password');
  await formItem(page, '当前密码', 'body').locator('input').fill(initialPassword);
  await formItem(page, '新密码', 'body').locator('input').fill(newPassword);
  await formItem(page, '确认新密码', 'body').locator('input').fill(newPassword);
  if (shot) await screenshot(page, shot);
  await page.getByRole('button', { name: '修改密码并继续' }).click();
  await page.waitForURL((url) => url.pathname !== '/change-password');
}

const initialPassword = 'Init#Pass2026';
const newPassword = 'Chang3d#Pass';

describe('account lifecycle in the browser (create, forced password change, TOTP, optimistic locking, organisations)', () => {
  const env = useAppAndBrowser();

  it('security creates a user, who must change the initial password, then enables TOTP and signs in with it', async () => {
    const page = await env.browser.newPage();
    const errors = collectPageErrors(page);
    await loginAs(page, env.app.url, 'security');
    await page.goto(`${env.app.url}/admin/users`);
    await createUser(page, { username: 'wangfang', name: '王芳', org: '霍邱县科学技术局（演示）', role: '业务科室', mobile: '13912345678' }, initialPassword);
    await screenshot(page, 'lifecycle-01-users-after-create');
    expect(await page.getByTestId('users-table').locator('tr', { hasText: 'wangfang' }).textContent()).toContain('139****5678');
    await logout(page);

    // First sign-in: forced password change.
    await submitLogin(page, 'wangfang', initialPassword);
    await changeForcedPassword(page, 'lifecycle-02-forced-password-change');
    await page.getByTestId('user-name').waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe('王芳');

    // Enable TOTP from the home page.
    await page.getByRole('button', { name: /动态口令（未启用）/ }).click();
    await page.getByRole('button', { name: '启用动态口令' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await screenshot(page, 'lifecycle-03-totp-setup');
    await page.getByPlaceholder('6 位动态口令').fill(totpAt(secret, Date.now()));
    await page.getByRole('button', { name: /启\s*用/ }).last().click();
    await page.getByRole('button', { name: /动态口令（已启用）/ }).waitFor();
    await logout(page);

    // Second sign-in: the API answers TOTP_REQUIRED, the form asks for the code.
    await submitLogin(page, 'wangfang', newPassword);
    await page.getByPlaceholder('6 位动态口令').fill(totpAt(secret, Date.now() + 30_000));
    await screenshot(page, 'lifecycle-04-login-totp');
    await page.getByRole('button', { name: '验证并登录' }).click();
    await page.getByTestId('user-name').waitFor();
    expect(await page.getByTestId('previous-login').textContent()).toContain('上次登录IP');
    await logout(page);
    expect(errors.filter((e) => !/status of 40[13]/.test(e))).toEqual([]);
    await page.close();
  });

  it('a new administrator must change the password and then enrol TOTP before using the app', async () => {
    const page = await env.browser.newPage();
    await loginAs(page, env.app.url, 'security');
    await page.goto(`${env.app.url}/admin/users`);
    await createUser(page, { username: 'audit2', name: '第二审计员', org: '六安市科学技术局（演示）', role: '审计管理员', mobile: '13912340000' }, initialPassword);
    await logout(page);

    await submitLogin(page, 'audit2', initialPassword);
    await changeForcedPassword(page);
    // The app stays on the enrolment step whatever the user tries to open.
    await page.goto(`${env.app.url}/security/audit-logs`);
    await page.waitForURL('**/totp-enrol');
    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
    await screenshot(page, 'lifecycle-04b-totp-enrolment');
    await page.getByPlaceholder('6 位动态口令').fill(totpAt(secret, Date.now()));
    await page.getByRole('button', { name: /启\s*用/ }).click();
    await page.getByTestId('user-name').waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe('第二审计员');
    await logout(page);
    await page.close();
  });

  it('security unlocks and re-roles, admin resets a password and disables an account, auditor filters failures', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${env.app.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'member', password: 'wrong-password' }) });
      expect([401, 423]).toContain(res.status);
    }
    const page = await env.browser.newPage();
    const confirm = () => page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
    const row = (name: string) => page.getByTestId('users-table').locator('tr.ant-table-row').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${name}$`) }) });
    await loginAs(page, env.app.url, 'security');
    await page.goto(`${env.app.url}/admin/users`);
    await row('member').getByText('已锁定').waitFor();
    await row('member').getByRole('button', { name: /解\s*锁/ }).click();
    await confirm();
    await row('member').getByText('已锁定').waitFor({ state: 'detached' });
    await row('member').getByRole('button', { name: /角\s*色/ }).click();
    await pickOptions(page, '角色', ['专家']);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('角色已更新').waitFor();
    await row('member').getByText('专家').waitFor();
    await logout(page);

    await loginAs(page, env.app.url, 'admin');
    await page.goto(`${env.app.url}/admin/users`);
    await row('expert').getByRole('button', { name: '重置密码' }).click();
    await page.getByRole('button', { name: '随机生成' }).click();
    await page.getByRole('button', { name: /重\s*置/ }).last().click();
    await row('expert').getByText('待改密').waitFor();
    await row('commissioner').getByRole('button', { name: /停\s*用/ }).click();
    await confirm();
    await row('commissioner').getByText('已停用').waitFor();
    await screenshot(page, 'lifecycle-06-user-admin-actions');
    await row('commissioner').getByRole('button', { name: /启\s*用/ }).click();
    await confirm();
    await row('commissioner').getByText('已停用').waitFor({ state: 'detached' });
    await logout(page);

    await loginAs(page, env.app.url, 'auditor');
    await page.goto(`${env.app.url}/security/audit-logs`);
    await page.getByTestId('audit-table').locator('tr.ant-table-row').first().waitFor();
    await page.locator('.ant-select', { hasText: '结果' }).click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '失败' }).click();
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const rows = page.getByTestId('audit-table').locator('tr.ant-table-row');
    await page.getByTestId('audit-table').getByText('共 5 条记录').waitFor();
    expect(await rows.allTextContents()).toEqual(Array(5).fill(expect.stringMatching(/member.*auth\.login.*失败/)));
    await rows.first().locator('.ant-table-row-expand-icon').click();
    await page.getByTestId('audit-table').locator('pre', { hasText: 'bad_password' }).first().waitFor();
    await screenshot(page, 'lifecycle-07-audit-failures');
    await page.close();
  });

  it('admin sees 409 STALE_VERSION when someone else saved first and can load the latest data', async () => {
    const page = await env.browser.newPage();
    await loginAs(page, env.app.url, 'admin');
    await page.goto(`${env.app.url}/admin/users`);
    const leaderRow = page.getByTestId('users-table').locator('tr.ant-table-row', { hasText: '王局长' });
    await leaderRow.getByRole('button', { name: /编\s*辑/ }).click();
    const userId = await page.evaluate(async () => {
      const res = await fetch('/api/v1/users?q=leader');
      const body = (await res.json()) as { items: { id: string; username: string; version: number }[] };
      return body.items.find((u) => u.username === 'leader')!;
    });
    expect(await apiFromPage(page, 'PATCH', `/api/v1/users/${userId.id}`, { version: userId.version, displayName: '王局长（他人修改）' })).toBe(200);
    await formItem(page, '姓名').locator('input').fill('王局长（本人修改）');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('edit-error').waitFor();
    expect(await page.getByTestId('edit-error').textContent()).toContain('已被他人修改');
    await screenshot(page, 'lifecycle-05-stale-version');
    await page.getByRole('button', { name: '载入最新数据' }).click();
    await page.getByTestId('edit-error').waitFor({ state: 'detached' });
    expect(await formItem(page, '姓名').locator('input').inputValue()).toBe('王局长（他人修改）');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('admin creates an organisation with the lazily loading region picker, then deletes it', async () => {
    const page = await env.browser.newPage();
    await loginAs(page, env.app.url, 'admin');
    await page.goto(`${env.app.url}/admin/organisations`);
    await page.getByRole('button', { name: '新建单位' }).click();
    await formItem(page, '单位名称').locator('input').fill('霍邱县测试科技有限公司');
    await pickOptions(page, '单位类型', ['企业']);
    await formItem(page, '所在地区').locator('.ant-select').click();
    for (const name of ['安徽省', '六安市', '霍邱县']) {
      await page.locator('.ant-cascader-menu-item', { hasText: new RegExp(`^${name}$`) }).click();
    }
    await page.keyboard.press('Escape');
    expect(await formItem(page, '所在地区').textContent()).toContain('安徽省 / 六安市 / 霍邱县');
    await screenshot(page, 'lifecycle-06-create-organisation');
    await page.getByRole('button', { name: /创\s*建/ }).click();
    const row = page.getByTestId('orgs-table').locator('tr.ant-table-row', { hasText: '霍邱县测试科技有限公司' });
    await row.waitFor();
    expect(await row.textContent()).toContain('安徽省六安市霍邱县');
    await row.getByRole('button', { name: /删\s*除/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await row.waitFor({ state: 'detached' });
    await page.close();
  });
});
