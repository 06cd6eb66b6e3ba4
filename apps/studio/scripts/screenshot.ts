// node scripts/screenshot.ts <url> <file.png> [width]
// Reads: a running studio at <url>. Writes: <file.png>, a full-page screenshot from Debian's headless
// Chromium (the README's picture of the dashboard). Exit 1 when the page fails to load.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/_browser.ts';

const [url, file, width = '1360'] = process.argv.slice(2);
if (!url || !file) {
  console.error('Usage: node scripts/screenshot.ts <url> <file.png> [width]');
  process.exit(1);
}
const profile = await mkdtemp(join(tmpdir(), 'navimpact-studio-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: Number(width), height: 900 },
  deviceScaleFactor: 1,
});
try {
  const page = await context.newPage();
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  await page.screenshot({ path: resolve(process.cwd(), file), fullPage: true });
  console.log(`Wrote ${file}`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
