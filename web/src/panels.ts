// The side panels: entity card, top actors, relations list, legend and evidence.
import { el, present } from './dom';
import { edgeId } from './graph-view';
import { PREDICATE_COLOURS, predicateColour, predicateLabel, TYPE_COLOURS } from './predicates';
import type { EdgeRow, EntitySummary, EvidenceRow } from './queries';

export function renderEntityCard(
  card: HTMLElement,
  entity: EntitySummary,
  relations: number,
  facts: number,
): void {
  const aliases = (entity.aliases ?? []).filter((a) => a !== entity.name);
  card.replaceChildren(
    ...present(
      el('h2', { 'data-testid': 'entity-name' }, entity.name),
      el(
        'p',
        { class: 'entity-meta' },
        el(
          'span',
          { class: 'badge', style: `background:${TYPE_COLOURS[entity.type] ?? '#dee2e6'}` },
          entity.type,
        ),
        entity.category
          ? el('span', { class: 'badge badge-light' }, entity.category.replace(/_/g, ' '))
          : null,
        el(
          'span',
          { class: 'muted' },
          ` ${entity.mentionCount ?? 0} mentions · ${relations} relations · ${facts} facts`,
        ),
      ),
      aliases.length
        ? el('p', { class: 'aliases' }, el('span', { class: 'muted' }, 'also: '), aliases.join(', '))
        : null,
    ),
  );
}

export function renderChips(
  list: HTMLElement,
  entities: (EntitySummary & { degree?: number })[],
  onPick: (e: EntitySummary) => void,
): void {
  list.replaceChildren(
    ...entities.map((e) => {
      const button = el(
        'button',
        { type: 'button', class: 'chip', 'data-entity-id': e.id, 'data-testid': 'top-actor' },
        el('i', { class: 'dot', style: `background:${TYPE_COLOURS[e.type] ?? '#dee2e6'}` }),
        e.name,
        e.degree !== undefined ? el('small', {}, ` ${e.degree}`) : null,
      );
      button.addEventListener('click', () => onPick(e));
      return el('li', {}, button);
    }),
  );
}

export function renderEdgeList(list: HTMLElement, edges: EdgeRow[], onPick: (e: EdgeRow) => void): void {
  if (edges.length === 0) {
    list.replaceChildren(el('li', { class: 'muted' }, 'No relations with other actors yet.'));
    return;
  }
  list.replaceChildren(
    ...edges.map((e) => {
      const button = el(
        'button',
        {
          type: 'button',
          class: 'edge-button',
          'data-testid': 'edge',
          'data-edge-id': edgeId(e),
          'data-source': e.source,
          'data-predicate': e.predicate,
          'data-target': e.target,
        },
        el('span', { class: 'edge-end' }, e.source),
        el(
          'span',
          { class: 'predicate', style: `background:${predicateColour(e.predicate)}` },
          predicateLabel(e.predicate),
        ),
        el('span', { class: 'edge-end' }, e.target),
        el('small', { class: 'muted' }, ` ×${e.count}`),
      );
      button.addEventListener('click', () => onPick(e));
      return el('li', {}, button);
    }),
  );
}

export function renderLegend(legend: HTMLElement, edges: EdgeRow[]): void {
  const used = new Set(edges.map((e) => e.predicate));
  const predicates = Object.keys(PREDICATE_COLOURS).filter((p) => used.size === 0 || used.has(p));
  legend.replaceChildren(
    ...predicates.map((p) =>
      el(
        'li',
        { 'data-predicate': p },
        el('i', { class: 'swatch', style: `background:${predicateColour(p)}` }),
        predicateLabel(p),
      ),
    ),
    ...Object.entries(TYPE_COLOURS).map(([t, c]) =>
      el('li', { class: 'legend-type' }, el('i', { class: 'dot', style: `background:${c}` }), t),
    ),
  );
}

export function renderEvidence(panel: HTMLElement, edge: EdgeRow, rows: EvidenceRow[]): void {
  panel.replaceChildren(
    ...present(
      el(
        'p',
        { class: 'evidence-title', 'data-testid': 'evidence-title' },
        el('strong', {}, edge.source),
        el(
          'span',
          { class: 'predicate', style: `background:${predicateColour(edge.predicate)}` },
          predicateLabel(edge.predicate),
        ),
        el('strong', {}, edge.target),
      ),
      edge.firstSeen
        ? el(
            'p',
            { class: 'muted' },
            `${edge.count} sentence${edge.count === 1 ? '' : 's'}, first seen ${edge.firstSeen.slice(0, 10)}${edge.lastSeen && edge.lastSeen !== edge.firstSeen ? `, last ${edge.lastSeen.slice(0, 10)}` : ''}`,
          )
        : null,
      rows.length === 0
        ? el('p', { class: 'muted' }, 'No evidence sentences found.')
        : el(
            'ol',
            { class: 'evidence-list' },
            ...rows.map((r) =>
              el(
                'li',
                {},
                el('blockquote', { 'data-testid': 'evidence-sentence' }, r.sentence),
                el(
                  'p',
                  { class: 'source' },
                  r.url
                    ? el(
                        'a',
                        {
                          href: r.url,
                          target: '_blank',
                          rel: 'noopener noreferrer',
                          'data-testid': 'evidence-article',
                        },
                        r.article ?? r.url,
                      )
                    : el('span', { 'data-testid': 'evidence-article' }, r.article ?? 'untitled article'),
                  r.factDate
                    ? el('span', { class: 'muted', title: 'when the act happened' }, ` · ${r.factDate}`)
                    : el('span', { class: 'muted' }, ' · undated'),
                  r.published && r.published !== r.factDate
                    ? el('span', { class: 'muted' }, ` · published ${r.published}`)
                    : null,
                  r.confidence != null
                    ? el('span', { class: 'muted' }, ` · confidence ${r.confidence.toFixed(2)}`)
                    : null,
                ),
              ),
            ),
          ),
    ),
  );
}
