// GraphiQL at /graphiql, as an analyst without internet would open it: headless Chromium with
// every request outside 127.0.0.1 refused. The page must load from this server alone, show the
// schema's documentation, and run its example query to the United States → Kataib Hezbollah edge.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { describeWithChromium, launchChromium } from '../support/browser';
import { clearGraph, openDriver } from '../support/neo4j';
import { relationIn } from '../support/extractions';
import { loadConfig } from '../../src/config';
import { migrate, writeExtractions } from '../../src/graph';
import { startServer, WEB_ROOT, type RunningServer } from '../../src/api';
import type { Extraction } from '../../src/model';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');
const OUTPUT = path.join(ROOT, 'test-output');

const ATTACK = 'US forces carried out new strikes on Kataib Hezbollah positions in Iraq on Wednesday.';
const US = { id: 'country:united-states', name: 'United States' };
const KH = { id: 'organization:kataib-hezbollah', name: 'Kataib Hezbollah' };
const SEED: Extraction = {
  article: {
    id: 'test:graphiql-seed',
    title: 'Strikes',
    text: ATTACK,
    published: '2024-02-07',
    source: 'test',
  },
  entities: [
    { ...US, type: 'Country', aliases: ['United States', 'US'], mentionCount: 1 },
    { ...KH, type: 'Organization', category: 'armed_group', aliases: ['Kataib Hezbollah'], mentionCount: 1 },
  ],
  relations: [relationIn(ATTACK, US, 'ATTACKED', KH, ATTACK, { reason: 'test:seed' })],
};

const isLocal = (url: string) =>
  /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\//.test(url) || /^(?:data|blob|about):/.test(url);

describeWithChromium('GraphiQL at /graphiql, offline', () => {
  let driver: Driver;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(WEB_ROOT, 'graphiql', 'index.html'))) {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
    }
    const config = loadConfig();
    driver = openDriver();
    await migrate(driver, { database: config.neo4j.database });
    await clearGraph(driver);
    await writeExtractions({ driver, database: config.neo4j.database, extractions: [SEED] });
    server = await startServer({ driver, config, port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // The network is limited to this machine: anything else is refused and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('loads from this server alone, with the docs explorer listing Entity', async () => {
    await page.goto(new URL('/graphiql', server.dashboardUrl).toString());
    await page.locator('.graphiql-doc-explorer').waitFor();
    await page.getByText('Query', { exact: true }).first().click();
    await page.locator('.graphiql-doc-explorer').getByText('entities', { exact: true }).first().waitFor();
    await page.locator('.graphiql-doc-explorer').getByText('Entity', { exact: false }).first().waitFor();
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('runs the example query and shows United States → Kataib Hezbollah', async () => {
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await expect(result.getByText('"United States"').first().waitFor()).resolves.toBeUndefined();
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('"Kataib Hezbollah"');
    expect(text).toContain('"United States"');
    expect(text).not.toContain('"errors"');
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'graphiql.png') });
    expect(outside).toEqual([]);
  });
});
