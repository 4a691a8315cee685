// The neighbourhood graph, drawn with cytoscape: nodes by entity type, edges coloured by
// predicate and as thick as their evidence. The instance is exposed as window.__cy so that
// tests (and curious users in the console) can reach nodes and edges.
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import type { EdgeRow } from './queries';
import { predicateColour, predicateLabel, TYPE_COLOURS } from './predicates';

declare global {
  interface Window {
    __cy?: Core;
  }
}

export interface GraphHandlers {
  onNode: (id: string) => void;
  onEdge: (edge: EdgeRow) => void;
}

export function createGraphView(
  container: HTMLElement,
  handlers: GraphHandlers,
): (centreId: string, centreName: string, centreType: string, edges: EdgeRow[]) => void {
  const cy = cytoscape({
    container,
    minZoom: 0.3,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': 'data(colour)',
          'border-width': 1,
          'border-color': '#1f2a44',
          color: '#1f2a44',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': '110px',
          width: 26,
          height: 26,
        },
      },
      {
        selector: 'node[?centre]',
        style: { width: 40, height: 40, 'border-width': 3, 'font-weight': 'bold', 'font-size': 13 },
      },
      { selector: 'node[type = "Country"]', style: { shape: 'round-rectangle' } },
      { selector: 'node[type = "Location"]', style: { shape: 'diamond' } },
      { selector: 'node[type = "Person"]', style: { shape: 'ellipse' } },
      { selector: 'node[type = "Organization"]', style: { shape: 'hexagon' } },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(colour)',
          'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          color: '#39435a',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '1px',
        },
      },
      {
        selector: 'edge:selected',
        style: { 'line-style': 'dashed', 'overlay-color': '#1f2a44', 'overlay-opacity': 0.12 },
      },
    ],
  });
  window.__cy = cy;

  cy.on('tap', 'node', (event) => handlers.onNode((event.target as NodeSingular).id()));
  cy.on('tap', 'edge', (event) => handlers.onEdge((event.target as EdgeSingular).data('row') as EdgeRow));

  return (centreId, centreName, centreType, edges) => {
    const nodes = new Map<string, { id: string; label: string; type: string }>();
    nodes.set(centreId, { id: centreId, label: centreName, type: centreType });
    for (const e of edges) {
      if (!nodes.has(e.sourceId))
        nodes.set(e.sourceId, { id: e.sourceId, label: e.source, type: e.sourceType });
      if (!nodes.has(e.targetId))
        nodes.set(e.targetId, { id: e.targetId, label: e.target, type: e.targetType });
    }
    cy.elements().remove();
    cy.add([
      ...[...nodes.values()].map((n) => ({
        group: 'nodes' as const,
        data: { ...n, centre: n.id === centreId, colour: TYPE_COLOURS[n.type] ?? '#dee2e6' },
      })),
      ...edges.map((e) => ({
        group: 'edges' as const,
        data: {
          id: edgeId(e),
          source: e.sourceId,
          target: e.targetId,
          predicate: e.predicate,
          sourceName: e.source,
          targetName: e.target,
          label: `${predicateLabel(e.predicate)}${e.count > 1 ? ` ×${e.count}` : ''}`,
          colour: predicateColour(e.predicate),
          width: Math.min(2 + e.count, 8),
          row: e,
        },
      })),
    ]);
    // An ego network reads best as rings: the entity in the middle, its neighbours around it.
    cy.layout({
      name: 'concentric',
      concentric: (node: NodeSingular) => (node.data('centre') ? 2 : 1),
      levelWidth: () => 1,
      minNodeSpacing: 70,
      padding: 40,
      animate: false,
    } as cytoscape.LayoutOptions).run();
    bendAroundCentre(cy, centreId);
    cy.fit(undefined, 40);
    if (cy.zoom() > 1.4) cy.zoom(1.4);
    cy.center();
  };
}

/**
 * An edge between two neighbours is drawn straight unless that line would pass near the entity
 * in the middle, where it would lie on top of the centre's own edges (and take their clicks).
 * Such an edge becomes an arc that bends away from the centre; parallel ones are spread apart.
 */
function bendAroundCentre(cy: cytoscape.Core, centreId: string): void {
  const centre = cy.getElementById(centreId).position();
  const parallel = new Map<string, number>();
  cy.edges().forEach((edge) => {
    const [a, b] = [edge.source(), edge.target()];
    if (a.id() === centreId || b.id() === centreId) return;
    const pa = a.position();
    const pb = b.position();
    const length = Math.hypot(pb.x - pa.x, pb.y - pa.y) || 1;
    // cytoscape measures control-point distances along (-dy, dx) of the source → target line.
    const normal = { x: -(pb.y - pa.y) / length, y: (pb.x - pa.x) / length };
    const side = (centre.x - (pa.x + pb.x) / 2) * normal.x + (centre.y - (pa.y + pb.y) / 2) * normal.y;
    const clearance = 0.6 * Math.hypot(pa.x - centre.x, pa.y - centre.y);
    const pair = [a.id(), b.id()].sort().join('|');
    const nth = parallel.get(pair) ?? 0;
    parallel.set(pair, nth + 1);
    const spread = nth * 18;
    if (Math.abs(side) >= clearance && nth === 0) return;
    const away = side > 0 ? -1 : 1;
    // A quadratic curve's middle lies halfway to its control point, hence the factor 2.
    const distance = away * (2 * Math.max(clearance - Math.abs(side), 0) + spread);
    edge.style({
      'curve-style': 'unbundled-bezier',
      'control-point-distances': distance,
      'control-point-weights': 0.5,
    });
  });
}

/** Stable and readable, e.g. "country:united-states|ATTACKED|organization:kataib-hezbollah". */
export function edgeId(e: Pick<EdgeRow, 'sourceId' | 'predicate' | 'targetId'>): string {
  return `${e.sourceId}|${e.predicate}|${e.targetId}`;
}
