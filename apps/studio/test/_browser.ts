import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Studio } from '../src/studio.ts';

/** Debian's Chromium; Playwright's own browser download cannot reach its host here. */
export const CHROMIUM = process.env.NAVIMPACT_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Why the browser tests cannot run, or undefined when they can. Outside CI a machine without
 * Chromium skips them with this sentence; in CI a missing Chromium is a failure, not a skip.
 */
export function browserMissing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (existsSync(CHROMIUM) || env.CI) return undefined;
  return `Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (CI does this itself).`;
}

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A headless Chromium with a new, empty profile, and the studio served on a free loopback port. */
export interface BrowserSession {
  base: string;
  context: BrowserContext;
  /** Console errors, page errors and failed requests of every page opened so far. */
  problems: string[];
  open: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** Serves the studio on 127.0.0.1 and starts Chromium against it. */
export async function startBrowserSession(studio: Studio): Promise<BrowserSession> {
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: studio.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = await mkdtemp(join(tmpdir(), 'navimpact-studio-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true });
  const problems: string[] = [];
  const open = async (path: string) => {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error on ${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error on ${path}: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed on ${path}: ${request.url()}`));
    const response = await page.goto(`${base}${path}`);
    if (!response?.ok()) problems.push(`HTTP ${response?.status()} for ${path}`);
    return page;
  };
  const close = async () => {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    await rm(profile, { recursive: true, force: true });
  };
  return { base, context, problems, open, close };
}
