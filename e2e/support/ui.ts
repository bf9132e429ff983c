import type { Page } from 'playwright-core';

export const demoPassword = 'Kejiju#2026';

/** Fills and submits the login form (the page must show it); does not wait for the outcome. */
export async function submitLogin(page: Page, username: string, password = demoPassword): Promise<void> {
  const form = page.getByTestId('login-form');
  await form.getByLabel('用户名').fill(username);
  await form.getByLabel('密码').fill(password);
  await form.getByRole('button', { name: /登\s*录/ }).click();
}

/** Signs in through the login form and waits for the signed-in shell. */
export async function loginAs(page: Page, baseUrl: string, username: string, password = demoPassword): Promise<void> {
  if (!page.url().endsWith('/login')) await page.goto(`${baseUrl}/login`);
  await submitLogin(page, username, password);
  await page.getByTestId('user-name').waitFor();
}

/** Signs out through the user menu and waits for the login page. */
export async function logout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL('**/login');
  await page.getByTestId('login-form').waitFor();
}

/** Texts of the sider menu entries (groups and items), in order. */
export async function menuTexts(page: Page): Promise<string[]> {
  const texts = await page.locator('.ant-layout-sider .ant-menu-title-content').allTextContents();
  return texts.map((t) => t.trim());
}

/** The form item (inside the open modal by default) labelled `label`, with or without “（可选）”. */
export function formItem(page: Page, label: string, scope = '.ant-modal-wrap:not([style*="display: none"])') {
  const text = new RegExp(`^${label}\\s*([（(]可选[）)])?$`);
  return page.locator(`${scope} .ant-form-item`).filter({ has: page.locator('label', { hasText: text }) });
}

/** Opens an Ant Design Select in the given form item, optionally types a search, picks options. */
export async function pickOptions(page: Page, label: string, options: string[], search?: string): Promise<void> {
  const select = formItem(page, label).locator('.ant-select');
  for (const option of options) await chooseOption(page, select, option, search);
  // Close the dropdown before the caller saves the form.
  await page.keyboard.press('Escape');
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'detached' }).catch(() => undefined);
}

const openDropdown = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

/**
 * Types `query` into a server-searched Select and waits for that search's answer (a response
 * from `path` with `q=query`, then the Select no longer loading) and an option containing
 * `expected`: clicking while the searched list replaces the old one could miss the option.
 */
export async function searchOptions(page: Page, select: ReturnType<Page['locator']>, path: string, query: string, expected = query): Promise<void> {
  const answered = page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === path && url.searchParams.get('q') === query;
  });
  await select.click();
  await select.locator('input').fill(query);
  await answered;
  await page.waitForFunction((el) => !el?.classList.contains('ant-select-loading'), await select.elementHandle());
  await page.locator(openDropdown).last().locator('.ant-select-item-option', { hasText: expected }).first().waitFor();
}

/**
 * Searches a server-searched single Select for `query` (see searchOptions) and picks the option containing
 * `option`, checking that the Select then shows it. A lost click (the CI flake chooseOption also
 * guards against) is tried again, searching afresh if the dropdown closed and dropped the search.
 */
export async function searchAndChoose(page: Page, select: ReturnType<Page['locator']>, path: string, query: string, option: string): Promise<void> {
  const shown = select.filter({ hasText: option });
  for (let attempt = 1; attempt <= 3; attempt++) {
    const open = await select.evaluate((el) => el.classList.contains('ant-select-open'));
    const searched = open && (await select.locator('input').inputValue()) === query;
    if (!searched) {
      if (open) await select.locator('input').fill('');
      await searchOptions(page, select, path, query, option);
    }
    await page.locator(openDropdown).last().locator('.ant-select-item-option', { hasText: option }).first().click();
    try {
      await shown.waitFor({ timeout: 3000 });
      break;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
  // A single Select closes its dropdown on the pick; the caller's next click must not land on it.
  await page.waitForFunction((selector) => !document.querySelector(selector), openDropdown);
}

/**
 * Picks `option` in an Ant Design Select (`select`: the Select's wrapper, e.g. a form item's
 * `.ant-select`), typing `search` first if given, and waits until the Select shows it. In CI a
 * click on an option of a dropdown that was still opening (or closing again as a modal took the
 * focus) was lost now and then, and the form kept the field empty; so the pick is tried again while
 * the Select does not show the option — at most three times, then it fails.
 */
export async function chooseOption(page: Page, select: ReturnType<Page['locator']>, option: string, search?: string): Promise<void> {
  const shown = select.filter({ hasText: option });
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (!(await select.evaluate((el) => el.classList.contains('ant-select-open')))) await select.click();
    if (search) await select.locator('input').fill(search);
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator('.ant-select-item-option', { hasText: option }).first().click();
    try {
      await shown.waitFor({ timeout: 3000 });
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}
