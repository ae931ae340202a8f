import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveStatic } from './serve-static';

const here = dirname(fileURLToPath(import.meta.url));
const exampleDir = join(here, '..');
const artifacts = join(exampleDir, 'test-artifacts');
const seed = JSON.parse(
  readFileSync(join(exampleDir, '../cambodia-scam-economy/dossier.json'), 'utf8'),
);

/** Where Debian's chromium lives; .ci/run installs it when it is missing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A copy of `value` in which every quote's text is `payload`. */
function withQuotes(value: unknown, payload: string, inQuote = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withQuotes(item, payload, inQuote));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      if (inQuote && key === 'text' && typeof child === 'string') return [key, payload];
      return [key, withQuotes(child, payload, key === 'quote' || key === 'quotes')];
    }),
  );
}

function countEstimates(dossier: {
  reports: { estimates?: unknown[] }[];
  estimates?: unknown[];
}): number {
  return (
    dossier.reports.reduce((n, r) => n + (r.estimates?.length ?? 0), 0) +
    (dossier.estimates?.length ?? 0)
  );
}

describe('the web brief in a real browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;
  let dialogs: string[];

  beforeAll(async () => {
    const dist = join(exampleDir, 'dist');
    if (!existsSync(join(dist, 'index.html')))
      throw new Error('build the example first: npm run build');
    server = await serveStatic(dist);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.origin);
    await page.waitForSelector('#brief h1, #brief h2');
    expect(errors).toEqual([]);
  });

  it('shows the seed brief by default, and saves a screenshot', async () => {
    const text = await page.locator('#brief').textContent();
    expect(text).toContain('Policies and Patterns');
    expect(text).toContain('Touch Sokhak');
    expect(await page.locator('#brief table').count()).toBeGreaterThan(0);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'seed-brief.png'), fullPage: true });
  });

  it('draws one interval per stated estimate, derived figures apart', async () => {
    const stated = await page.locator('#chart g.interval:not(.derived)').count();
    expect(stated).toBe(countEstimates(seed));
    expect(await page.locator('#chart svg title').first().textContent()).toBeTruthy();
  });

  it('lists the check findings', async () => {
    expect(await page.locator('#finding-list li').count()).toBeGreaterThan(0);
  });

  it('shows the paths of the problems in a broken file', async () => {
    const broken = structuredClone(seed);
    broken.reports[0].estimates[0].range.low = 20e9;
    broken.reports[0].estimates[0].range.high = 19e9;
    broken.responses[0].respondentId = 'nobody';
    await page.setInputFiles('#file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page.waitForSelector('#issues:not([hidden])');
    const paths = await page.locator('#issue-list .path').allInnerTexts();
    expect(paths).toContain('reports[0].estimates[0].range');
    expect(paths.some((path) => path.startsWith('responses[0].respondentId'))).toBe(true);
    expect(await page.locator('#brief').textContent()).toBe('');
  });

  it('says a file that is not JSON is not JSON', async () => {
    await page.setInputFiles('#file', {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('{ nope'),
    });
    await page.waitForSelector('#issues:not([hidden])');
    expect(await page.locator('#issue-list').textContent()).toContain('not JSON');
  });

  it('shows a quote carrying an HTML payload as text and runs no script', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const hostile = withQuotes(seed, payload);
    await page.setInputFiles('#file', {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostile)),
    });
    await page.waitForFunction(() =>
      document.getElementById('status')?.textContent?.includes('hostile.json'),
    );
    expect(await page.locator('#brief').textContent()).toContain(payload);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('[onerror]').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });
});
