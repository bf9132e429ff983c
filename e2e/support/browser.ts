import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';
import { repoRoot } from './app-server';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const artifactsDir = path.join(repoRoot, 'test-artifacts');

const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface TestBrowser {
  context: BrowserContext;
  /** A new tab with no cookies: signed out, whatever earlier tests left behind. */
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

/** Headless system Chromium with a fresh profile; zh-CN locale, 1440×900 viewport. */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejiju-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: launchArgs,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  return {
    context,
    newPage: async () => {
      await context.clearCookies();
      const page = await context.newPage();
      reportPageOnFailure(page);
      return page;
    },
    close: async () => {
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

/** Saves a full-page screenshot to test-artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Browser console errors and failed requests, collected for assertions and failure output. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/**
 * When the running test fails, prints the page's address and browser errors and saves a screenshot
 * (test-artifacts/failed-<test>.png): a CI log otherwise shows only which wait timed out.
 * Pages opened outside a test (beforeAll) are not watched.
 */
function reportPageOnFailure(page: Page): void {
  const test = expect.getState().currentTestName;
  if (!test) return;
  const errors = collectPageErrors(page);
  onTestFailed(async () => {
    if (page.isClosed()) return;
    const name = `failed-${test.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}`;
    const file = await screenshot(page, name).catch((err: Error) => `(no screenshot: ${err.message})`);
    console.error(`[e2e] failed at ${page.url()}; screenshot ${file}; browser errors: ${JSON.stringify(errors)}`);
  });
}
