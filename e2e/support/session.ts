import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type AppServer, startAppServer } from './app-server';
import { collectPageErrors, launchBrowser, type TestBrowser } from './browser';
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
  await loginAs(page, env.app.url, username);
  return { page, errors };
}
