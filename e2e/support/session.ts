import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFailed } from 'vitest';
import { type AppServer, startAppServer } from './app-server';
import { collectPageErrors, launchBrowser, screenshot, type TestBrowser } from './browser';
import { loginAs } from './ui';

export interface E2eEnv { app: AppServer; browser: TestBrowser }

/** Starts the real app (fresh demo database) and a browser for the enclosing describe block; stops both afterwards. */
export function useAppAndBrowser(): E2eEnv {
  const env = {} as E2eEnv;
  beforeAll(async () => {
    env.app = await startAppServer();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.app?.stop();
  });
  return env;
}

/** A fresh tab signed in as `username`, collecting its console errors. */
export async function signedInPage(env: E2eEnv, username: string): Promise<{ page: Page; errors: string[] }> {
  const page = await env.browser.newPage();
  const errors = collectPageErrors(page);
  reportPageOnFailure(page, errors);
  await loginAs(page, env.app.url, username);
  return { page, errors };
}

/**
 * When the running test fails, prints the page's address and browser errors and saves a screenshot
 * (test-artifacts/failed-<test>.png): a CI log otherwise shows only which wait timed out.
 */
export function reportPageOnFailure(page: Page, errors: string[]): void {
  const test = expect.getState().currentTestName ?? 'unnamed';
  onTestFailed(async () => {
    if (page.isClosed()) return;
    const name = `failed-${test.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}`;
    const file = await screenshot(page, name).catch((err: Error) => `(no screenshot: ${err.message})`);
    console.error(`[e2e] failed at ${page.url()}; screenshot ${file}; browser errors: ${JSON.stringify(errors)}`);
  });
}
