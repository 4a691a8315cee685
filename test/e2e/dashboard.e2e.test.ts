// The dashboard in a real browser (Debian's chromium, driven by playwright-core) against the
// real server and Neo4j: the page loads, a search finds Kataib Hezbollah, its neighbourhood
// graph renders, and clicking the United States → Kataib Hezbollah edge shows the evidence.
import { execFileSync } from 'node:child_process';
import { relationIn } from '../support/extractions';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { clearGraph, openDriver } from '../support/neo4j';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig, type Config } from '../../src/config';
import { migrate, writeExtractions } from '../../src/graph';
import { ingest } from '../../src/pipeline';
import { startServer, WEB_ROOT, type RunningServer } from '../../src/api';
import type { Extraction } from '../../src/model';
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The dashboard's cytoscape instance (web/src/graph-view.ts). */
    __cy?: Core;
  }
}

// jest ignores testTimeout inside a project config, so the slow hooks say it here.
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.resolve(ROOT, '../shared', 'examples', 'us-strikes-kataib-hezbollah.txt');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT = path.join(ROOT, 'test-output');

/** What the sample article says, when extraction reads it (the sample-based assertion). */
const SAMPLE_SENTENCE =
  '“At President Biden’s direction, US military forces conducted necessary and proportionate strikes on three facilities used by the Iranian-backed Kataib Hezbollah militia group and other Iran-affiliated groups in Iraq,” Austin said in a statement.';

/** A second, known article, so the page has its edge whatever extraction makes of the sample. */
const ATTACK = 'US forces carried out new strikes on Kataib Hezbollah positions in Iraq on Wednesday.';
const SUPPORT = 'Iran has backed Kataib Hezbollah for years, officials said.';
const SEED_TEXT = `${ATTACK} ${SUPPORT}`;
const SEED_TITLE = 'Test article: US strikes Kataib Hezbollah again';
const US = { id: 'country:united-states', name: 'United States' };
const KH = { id: 'organization:kataib-hezbollah', name: 'Kataib Hezbollah' };
const IRAN = { id: 'country:iran', name: 'Iran' };
const SEED: Extraction = {
  article: {
    id: 'test:dashboard-seed',
    title: SEED_TITLE,
    text: SEED_TEXT,
    url: 'https://example.org/test-us-strikes-kataib-hezbollah',
    published: '2024-02-07',
    source: 'test/e2e/dashboard.e2e.test.ts',
  },
  entities: [
    { ...US, type: 'Country', aliases: ['United States', 'US'], mentionCount: 1 },
    { ...KH, type: 'Organization', category: 'armed_group', aliases: ['Kataib Hezbollah'], mentionCount: 2 },
    { ...IRAN, type: 'Country', aliases: ['Iran'], mentionCount: 1 },
  ],
  relations: (
    [
      [US, 'ATTACKED', KH, ATTACK],
      [IRAN, 'SUPPORTS', KH, SUPPORT],
    ] as const
  ).map(([s, predicate, o, sentence]) =>
    relationIn(SEED_TEXT, s, predicate, o, sentence, { reason: 'test:seed' }),
  ),
};

(fs.existsSync(CHROMIUM) ? describe : describe.skip)('the dashboard', () => {
  let config: Config;
  let driver: Driver;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(WEB_ROOT, 'index.html'))) {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
    }
    config = loadConfig();
    driver = openDriver();
    await migrate(driver, { database: config.neo4j.database });
    await clearGraph(driver);
    if (fs.existsSync(SAMPLE))
      await ingest({ driver, database: config.neo4j.database, inputs: [SAMPLE], workers: 0 });
    await writeExtractions({ driver, database: config.neo4j.database, extractions: [SEED] });
    server = await startServer({ driver, config, port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('loads, with the graph size and the top actors', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.dashboardUrl);
    await page.getByTestId('top-actor').first().waitFor();
    await expect(page.getByTestId('graph-size').textContent()).resolves.toMatch(/\d+ entities/);
    // Everything comes from this server: no CDN, no other origin.
    expect(
      requests.filter(
        (u) =>
          !u.startsWith(server.url.replace('localhost', '127.0.0.1')) &&
          !u.startsWith(server.url) &&
          !u.startsWith('data:'),
      ),
    ).toEqual([]);
  });

  it('finds Kataib Hezbollah by searching "Kataib"', async () => {
    await page.getByTestId('search-input').fill('Kataib');
    await page.getByTestId('search-button').click();
    const result = page.getByTestId('search-result').filter({ hasText: 'Kataib Hezbollah' });
    await result.first().waitFor();
    await expect(result.first().getAttribute('data-entity-id')).resolves.toBe(
      'organization:kataib-hezbollah',
    );
  });

  it('draws its neighbourhood graph, edges coloured by predicate, with a legend', async () => {
    await page.getByTestId('search-result').filter({ hasText: 'Kataib Hezbollah' }).first().click();
    await page.waitForFunction(() => (window.__cy?.edges().length ?? 0) > 0);
    const graph = await page.evaluate(() => ({
      nodes: window.__cy!.nodes().map((n) => n.data('label') as string),
      colours: Object.fromEntries(
        window.__cy!.edges().map((e) => [e.data('predicate') as string, e.style('line-color') as string]),
      ),
    }));
    expect(graph.nodes).toEqual(expect.arrayContaining(['Kataib Hezbollah', 'United States', 'Iran']));
    expect(graph.colours.ATTACKED).not.toEqual(graph.colours.SUPPORTS);
    await expect(page.getByTestId('entity-name').textContent()).resolves.toBe('Kataib Hezbollah');
    await expect(page.getByTestId('legend').textContent()).resolves.toMatch(/attacked.*supports/);
  });

  it('shows the evidence sentence when the United States → Kataib Hezbollah edge is clicked', async () => {
    const point = await page.evaluate(() => {
      const edge = window
        .__cy!.edges()
        .filter(
          (e) =>
            e.data('sourceName') === 'United States' &&
            e.data('predicate') === 'ATTACKED' &&
            e.data('targetName') === 'Kataib Hezbollah',
        )[0];
      const mid = edge.renderedMidpoint();
      const box = document.getElementById('graph')!.getBoundingClientRect();
      return { x: box.left + mid.x, y: box.top + mid.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.getByTestId('evidence-sentence').first().waitFor();
    await expect(page.getByTestId('evidence-title').textContent()).resolves.toMatch(
      /United States\s*attacked\s*Kataib Hezbollah/i,
    );
    const sentences = await page.getByTestId('evidence-sentence').allTextContents();
    const articles = await page.getByTestId('evidence-article').allTextContents();
    expect(sentences).toContain(ATTACK);
    expect(articles).toContain(SEED_TITLE);
    if (fs.existsSync(SAMPLE)) {
      expect(sentences).toContain(SAMPLE_SENTENCE);
      expect(articles).toContain('Iraq: US launches new strikes on Iran-backed militant group');
    }
    await page.waitForTimeout(200); // let the chart settle before the picture
    fs.mkdirSync(OUTPUT, { recursive: true });
    const shot = path.join(OUTPUT, 'dashboard.png');
    await page.screenshot({ path: shot });
    // The README's picture is refreshed only on purpose, so a test run leaves the tree clean.
    if (process.env.UPDATE_SCREENSHOT)
      fs.copyFileSync(shot, path.join(ROOT, 'docs', 'screenshot-dashboard.png'));
    expect(pageErrors).toEqual([]);
  });
});
