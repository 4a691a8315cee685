// The dashboard: search an actor, see its neighbourhood, click an edge for its evidence,
// read its facts over time. State lives in the URL hash (#entity=<id>) so views can be shared.
import { byId, el } from './dom';
import { gql } from './graphql';
import { createGraphView, edgeId } from './graph-view';
import { renderChips, renderEdgeList, renderEntityCard, renderEvidence, renderLegend } from './panels';
import {
  ENTITY,
  EVIDENCE,
  OVERVIEW,
  SEARCH,
  type EdgeRow,
  type EntityView,
  type Evidence,
  type Overview,
  type Search,
} from './queries';
import { createTimelineChart } from './timeline-chart';

const status = byId('status');
const results = byId<HTMLUListElement>('search-results');
const input = byId<HTMLInputElement>('search-input');
let overview: Overview | undefined;

const drawGraph = createGraphView(byId('graph'), {
  onNode: (id) => void showEntity(id),
  onEdge: (edge) => void showEvidence(edge),
});
const drawTimeline = createTimelineChart(byId<HTMLCanvasElement>('timeline'));

function say(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

async function guarded(what: string, work: () => Promise<void>): Promise<void> {
  say(`${what}…`);
  try {
    await work();
    say('');
  } catch (error) {
    say(`${what} failed: ${(error as Error).message}`, true);
  }
}

async function loadOverview(): Promise<void> {
  await guarded('Loading', async () => {
    overview = await gql<Overview>(OVERVIEW);
    const size = overview.graphSize[0];
    if (size)
      byId('graph-size').textContent =
        `${size.entities} entities · ${size.relations} relations · ${size.facts} facts · ${size.articles} articles`;
    renderLegend(byId('legend'), []);
    showTopActors();
  });
}

function showTopActors(): void {
  const card = byId('entity-card');
  const list = el('ul', { id: 'top-actors', 'data-testid': 'top-actors', class: 'chips' });
  card.replaceChildren(el('h2', {}, 'Top actors'), list);
  renderChips(list, overview?.topActors ?? [], (e) => void showEntity(e.id));
}

async function search(query: string): Promise<void> {
  if (!query.trim()) return;
  await guarded('Searching', async () => {
    const { searchEntities } = await gql<Search>(SEARCH, { query });
    results.hidden = false;
    if (searchEntities.length === 0) {
      results.replaceChildren(
        el('li', { class: 'muted', 'data-testid': 'no-results' }, `Nothing matches “${query}”.`),
      );
      return;
    }
    results.replaceChildren(
      ...searchEntities.map((e) => {
        const button = el(
          'button',
          { type: 'button', 'data-testid': 'search-result', 'data-entity-id': e.id },
          el('strong', {}, e.name),
          el('small', {}, ` ${e.type}${e.category ? ` · ${e.category.replace(/_/g, ' ')}` : ''}`),
        );
        button.addEventListener('click', () => void showEntity(e.id));
        return el('li', {}, button);
      }),
    );
  });
}

async function showEntity(id: string): Promise<void> {
  results.hidden = true;
  if (location.hash !== `#entity=${encodeURIComponent(id)}`)
    history.replaceState(null, '', `#entity=${encodeURIComponent(id)}`);
  await guarded('Loading the neighbourhood', async () => {
    const view = await gql<EntityView>(ENTITY, { id, entity: id });
    const entity = view.entities[0];
    if (!entity) throw new Error(`no entity with id ${id}`);
    // The box names what is shown, whether it was searched, picked or reached by a click.
    input.value = entity.name;
    byId('graph-title').textContent = `Neighbourhood of ${entity.name}`;
    byId('timeline-title').textContent = `Timeline of ${entity.name}`;
    byId('graph-empty').hidden = true;
    renderEntityCard(byId('entity-card'), entity, view.neighbourhood.length, view.timeline.length);
    drawGraph(entity.id, entity.name, entity.type, view.neighbourhood);
    renderLegend(byId('legend'), view.neighbourhood);
    renderEdgeList(byId('edge-list'), view.neighbourhood, (e) => void showEvidence(e));
    drawTimeline(view.timeline);
    byId('evidence').replaceChildren(
      el(
        'p',
        { class: 'muted' },
        'Click an edge in the graph, or a relation below, to read the sentences behind it.',
      ),
    );
  });
}

async function showEvidence(edge: EdgeRow): Promise<void> {
  await guarded('Loading the evidence', async () => {
    const { evidence } = await gql<Evidence>(EVIDENCE, {
      subjectId: edge.sourceId,
      predicate: edge.predicate,
      objectId: edge.targetId,
    });
    renderEvidence(byId('evidence'), edge, evidence);
    window.__cy?.getElementById(edgeId(edge)).select();
  });
}

byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void search(input.value);
});
// Search as the user types, once they pause; Escape or a click elsewhere closes the list.
let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  if (input.value.trim().length >= 2) typing = setTimeout(() => void search(input.value), 300);
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') results.hidden = true;
});
document.addEventListener('click', (event) => {
  if (!byId('search-form').contains(event.target as Node)) results.hidden = true;
});

void loadOverview().then(() => {
  const match = /^#entity=(.+)$/.exec(location.hash);
  if (match) void showEntity(decodeURIComponent(match[1]));
});
