// The dashboard in a real browser (Debian's chromium, driven by playwright-core) against the
// real server and Neo4j, after ingesting the samples: the page loads, a search finds Kataib
// Hezbollah, its neighbourhood graph renders with no label on another, clicking the United
// States → Kataib Hezbollah edge shows the evidence, the Houthis' busier neighbourhood reads as
// cleanly, and clicking a node re-centres the graph and puts its name in the search box.
import { execFileSync } from 'node:child_process';
import { relationIn } from '../support/extractions';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { clearGraph, openDriver } from '../support/neo4j';
import type { Browser, Page } from 'playwright-core';
import { describeWithChromium, launchChromium } from '../support/browser';
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

// jest ignores testTimeout inside a project config, so the slow hooks say it here (ingesting
// the samples takes a minute or two on a busy machine).
jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.resolve(ROOT, '../shared', 'examples', 'us-strikes-kataib-hezbollah.txt');
const SAMPLES = path.join(ROOT, 'samples');
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

/**
 * A busier neighbourhood than the samples give the Houthis today: eight neighbours, edges both
 * ways and several between the same two actors, and links among the neighbours. Our own
 * sentences; what a week of news about them might say.
 */
const HOUTHIS = { id: 'organization:houthis', name: 'Houthis' };
const UK = { id: 'country:united-kingdom', name: 'United Kingdom' };
const SAUDI = { id: 'country:saudi-arabia', name: 'Saudi Arabia' };
const OMAN = { id: 'country:oman', name: 'Oman' };
const ISRAEL = { id: 'country:israel', name: 'Israel' };
const YEMEN = { id: 'country:yemen', name: 'Yemen' };
const HOUTHI_FACTS = [
  [US, 'ATTACKED', HOUTHIS, 'The United States struck Houthi radar sites on Monday.'],
  [US, 'ATTACKED', HOUTHIS, 'US forces hit Houthi missile launchers again on Thursday.'],
  [UK, 'ATTACKED', HOUTHIS, 'British jets joined the strikes on the Houthis.'],
  [HOUTHIS, 'ATTACKED', US, 'The Houthis fired drones at an American destroyer.'],
  [IRAN, 'SUPPORTS', HOUTHIS, 'Iran has armed the Houthis for years.'],
  [US, 'SANCTIONED', HOUTHIS, 'Washington sanctioned Houthi financiers.'],
  [HOUTHIS, 'THREATENED', SAUDI, 'The Houthis threatened Saudi Arabia with new attacks.'],
  [OMAN, 'COOPERATED', HOUTHIS, 'Oman hosted talks with the Houthis.'],
  [HOUTHIS, 'CRITICIZED', ISRAEL, 'The Houthis condemned Israel.'],
  [ISRAEL, 'ATTACKED', HOUTHIS, 'Israel struck a port held by the Houthis.'],
  [HOUTHIS, 'LOCATED_IN', YEMEN, 'The Houthis hold much of northern Yemen.'],
  [IRAN, 'CRITICIZED', US, 'Iran condemned the American strikes.'],
  [UK, 'COOPERATED', US, 'Britain worked with the United States on the operation.'],
  [SAUDI, 'COOPERATED', US, 'Saudi Arabia cooperated with the United States on air defence.'],
] as const;
const HOUTHI_TEXT = HOUTHI_FACTS.map(([, , , sentence]) => sentence).join(' ');
const HOUTHI_SEED: Extraction = {
  article: {
    id: 'test:dashboard-houthis',
    title: 'Test article: a week of strikes around the Red Sea',
    text: HOUTHI_TEXT,
    url: 'https://example.org/test-houthis',
    published: '2024-02-09',
    source: 'test/e2e/dashboard.e2e.test.ts',
  },
  entities: [
    {
      ...HOUTHIS,
      type: 'Organization',
      category: 'armed_group',
      aliases: ['Houthis', 'Houthi'],
      mentionCount: 12,
    },
    { ...US, type: 'Country', aliases: ['United States', 'US', 'Washington'], mentionCount: 6 },
    { ...UK, type: 'Country', aliases: ['United Kingdom', 'Britain'], mentionCount: 2 },
    { ...IRAN, type: 'Country', aliases: ['Iran'], mentionCount: 2 },
    { ...SAUDI, type: 'Country', aliases: ['Saudi Arabia'], mentionCount: 2 },
    { ...OMAN, type: 'Country', aliases: ['Oman'], mentionCount: 1 },
    { ...ISRAEL, type: 'Country', aliases: ['Israel'], mentionCount: 2 },
    { ...YEMEN, type: 'Country', aliases: ['Yemen'], mentionCount: 1 },
  ],
  relations: HOUTHI_FACTS.map(([s, predicate, o, sentence]) =>
    relationIn(HOUTHI_TEXT, s, predicate, o, sentence, { reason: 'test:seed' }),
  ),
};

/**
 * A crowded neighbourhood, far past the samples: 30 neighbours of one group, names of many
 * lengths, and links among the neighbours that cut across the ring.
 */
const HUB = { id: 'organization:test-crowd-hub', name: 'Crowd Test Front' };
const CROWD = Array.from({ length: 30 }, (_, i) => ({
  id: `organization:test-crowd-${i}`,
  name: `${['North', 'Southern Coast', 'East', 'Western Highlands'][i % 4]} Test Brigade ${i + 1}`,
}));
const CROWD_PREDICATES = ['ATTACKED', 'SUPPORTS', 'CRITICIZED', 'COOPERATED'] as const;
const CROWD_FACTS = [
  ...CROWD.map((n, i) => [n, CROWD_PREDICATES[i % 4], HUB] as const),
  ...CROWD.filter((_, i) => i % 3 === 0).map((n, i) => [n, 'COOPERATED', CROWD[(i * 7 + 5) % 30]] as const),
].map(([subject, predicate, object], i) => ({
  subject,
  predicate,
  object,
  sentence: `Crowd test sentence ${i}: ${subject.name} and ${object.name}.`,
}));
const CROWD_TEXT = CROWD_FACTS.map((f) => f.sentence).join(' ');
const CROWD_SEED: Extraction = {
  article: {
    id: 'test:dashboard-crowd',
    title: 'Test article: a crowded neighbourhood',
    text: CROWD_TEXT,
    source: 'test/e2e/dashboard.e2e.test.ts',
    published: '2024-02-10',
  },
  entities: [HUB, ...CROWD].map((e) => ({
    ...e,
    type: 'Organization' as const,
    aliases: [e.name],
    mentionCount: 1,
  })),
  relations: CROWD_FACTS.map((f) =>
    relationIn(CROWD_TEXT, f.subject, f.predicate, f.object, f.sentence, { reason: 'test:seed' }),
  ),
};

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface DrawnText {
  text: string;
  box: Box;
}
interface Drawing {
  /** Edge labels as drawn ("United States attacked Kataib Hezbollah"), or hidden for lack of room. */
  edgeLabels: DrawnText[];
  hiddenEdgeLabels: string[];
  nodeNames: DrawnText[];
  nodeBodies: DrawnText[];
  /** Everything drawn, in the panel's pixels, and the panel's size. */
  rendered: Box;
  panel: { width: number; height: number };
}

/** The boxes cytoscape gives the graph's texts and nodes (model coordinates). */
function readDrawing(page: Page): Promise<Drawing> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const labels = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
    const bodies = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false };
    const box = (b: { x1: number; y1: number; x2: number; y2: number }) => ({
      x1: b.x1,
      y1: b.y1,
      x2: b.x2,
      y2: b.y2,
    });
    const shown = cy.edges().filter((e) => Number(e.style('text-opacity')) > 0);
    const name = (e: { data: (key: string) => unknown }) =>
      `${e.data('sourceName') as string} ${e.data('label') as string} ${e.data('targetName') as string}`;
    const graph = document.getElementById('graph')!;
    return {
      edgeLabels: shown.map((e) => ({ text: name(e), box: box(e.boundingBox(labels)) })),
      hiddenEdgeLabels: cy.edges().not(shown).map(name),
      nodeNames: cy
        .nodes()
        .map((n) => ({ text: n.data('label') as string, box: box(n.boundingBox(labels)) })),
      nodeBodies: cy
        .nodes()
        .map((n) => ({ text: n.data('label') as string, box: box(n.boundingBox(bodies)) })),
      rendered: box(cy.elements().renderedBoundingBox({ includeOverlays: false })),
      panel: { width: graph.clientWidth, height: graph.clientHeight },
    };
  });
}

function overlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Every pair of texts drawn on one another, e.g. "“Iran supports Kataib Hezbollah” on “Iran”". */
function collisions(drawing: Drawing): string[] {
  const found: string[] = [];
  drawing.edgeLabels.forEach((label, i) => {
    for (const other of [...drawing.edgeLabels.slice(i + 1), ...drawing.nodeNames])
      if (overlap(label.box, other.box)) found.push(`“${label.text}” on “${other.text}”`);
    for (const node of drawing.nodeBodies)
      if (overlap(label.box, node.box)) found.push(`“${label.text}” on the node ${node.text}`);
  });
  return found;
}

/** Clicks the node named `name` where the page draws it. */
async function clickNode(page: Page, name: string): Promise<void> {
  const point = await page.evaluate((label) => {
    const node = window.__cy!.nodes().filter((n) => n.data('label') === label)[0];
    const at = node.renderedPosition();
    const box = document.getElementById('graph')!.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, name);
  await page.mouse.click(point.x, point.y);
}

async function showsNeighbourhoodOf(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (title) => document.getElementById('graph-title')?.textContent === title,
    `Neighbourhood of ${name}`,
  );
  await page.waitForFunction(() => (window.__cy?.edges().length ?? 0) > 0);
}

describeWithChromium('the dashboard', () => {
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
    const samples = [SAMPLES, SAMPLE].filter((p) => fs.existsSync(p));
    await ingest({ driver, database: config.neo4j.database, inputs: samples, workers: 0 });
    await writeExtractions({
      driver,
      database: config.neo4j.database,
      extractions: [SEED, HOUTHI_SEED, CROWD_SEED],
    });
    server = await startServer({ driver, config, port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
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

  it('draws no label on another, nor on a node, in the neighbourhood of Kataib Hezbollah', async () => {
    const drawing = await readDrawing(page);
    expect(drawing.edgeLabels.length).toBeGreaterThanOrEqual(3);
    expect(drawing.hiddenEdgeLabels).toEqual([]);
    expect(collisions(drawing)).toEqual([]);
    expect(drawing.rendered.x1).toBeGreaterThanOrEqual(0);
    expect(drawing.rendered.y1).toBeGreaterThanOrEqual(0);
    expect(drawing.rendered.x2).toBeLessThanOrEqual(drawing.panel.width);
    expect(drawing.rendered.y2).toBeLessThanOrEqual(drawing.panel.height);
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

  it('lists the Houthis alone for "houthi", and draws their busier neighbourhood as cleanly', async () => {
    await page.getByTestId('search-input').fill('houthi');
    await page.getByTestId('search-button').click();
    await page.getByTestId('search-result').first().waitFor();
    const found = await page.getByTestId('search-result').locator('strong').allTextContents();
    expect(found[0]).toBe('Houthis');
    expect(found.filter((name) => /south/i.test(name))).toEqual([]);
    await page.getByTestId('search-result').first().click();
    await showsNeighbourhoodOf(page, 'Houthis');
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.locator('#graph').screenshot({ path: path.join(OUTPUT, 'dashboard-houthis.png') });
    const drawing = await readDrawing(page);
    expect(drawing.nodeNames.map((n) => n.text)).toEqual(
      expect.arrayContaining(['Houthis', 'United States', 'United Kingdom', 'Iran', 'Israel', 'Yemen']),
    );
    // One label per relation: the two United States attacked Houthis sentences make one edge (×2).
    const relations = new Set(
      HOUTHI_FACTS.map(([subject, predicate, object]) => `${subject.id} ${predicate} ${object.id}`),
    );
    expect(drawing.edgeLabels.length + drawing.hiddenEdgeLabels.length).toBeGreaterThanOrEqual(
      relations.size,
    );
    expect(drawing.hiddenEdgeLabels).toEqual([]);
    expect(collisions(drawing)).toEqual([]);
    expect(drawing.rendered.x2).toBeLessThanOrEqual(drawing.panel.width);
    expect(drawing.rendered.y2).toBeLessThanOrEqual(drawing.panel.height);
  });

  it('re-centres on a clicked node and puts its name in the search box', async () => {
    await expect(page.getByTestId('search-input').inputValue()).resolves.toBe('Houthis');
    await clickNode(page, 'United States');
    await showsNeighbourhoodOf(page, 'United States');
    await expect(page.getByTestId('search-input').inputValue()).resolves.toBe('United States');
    await expect(page.getByTestId('entity-name').textContent()).resolves.toBe('United States');
    expect(page.url()).toContain('#entity=country%3Aunited-states');
    await page.locator('#graph').screenshot({ path: path.join(OUTPUT, 'dashboard-united-states.png') });
    expect(pageErrors).toEqual([]);
  });

  it('keeps labels apart in a crowd of 30 neighbours; a label with no room shows on hover', async () => {
    await page.goto('about:blank');
    await page.goto(`${server.dashboardUrl}#entity=${encodeURIComponent(HUB.id)}`);
    await showsNeighbourhoodOf(page, HUB.name);
    await page.locator('#graph').screenshot({ path: path.join(OUTPUT, 'dashboard-crowd.png') });
    const drawing = await readDrawing(page);
    expect(drawing.nodeNames).toHaveLength(CROWD.length + 1);
    expect(collisions(drawing)).toEqual([]);
    // The group's own relations always get room; only links among neighbours may wait for a hover.
    expect(drawing.hiddenEdgeLabels.filter((label) => label.includes(HUB.name))).toEqual([]);
    for (const label of drawing.hiddenEdgeLabels) {
      const shown = await page.evaluate((text) => {
        const edge = window
          .__cy!.edges()
          .filter((e) => `${e.data('sourceName')} ${e.data('label')} ${e.data('targetName')}` === text)[0];
        edge.emit('mouseover');
        const opacity = edge.style('text-opacity') as string;
        edge.emit('mouseout');
        return opacity;
      }, label);
      expect({ label, shown }).toEqual({ label, shown: '1' });
    }
    expect(pageErrors).toEqual([]);
  });
});
