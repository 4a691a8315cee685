// The neighbourhood graph, drawn with cytoscape: nodes by entity type, edges coloured by
// predicate and as thick as their evidence. ego-layout places the nodes and their names,
// edge-labels the edges' labels, so that no text lies on other text. The instance is exposed
// as window.__cy so that tests (and curious users in the console) can reach nodes and edges.
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import type { EdgeRow } from './queries';
import { predicateColour, predicateLabel, TYPE_COLOURS } from './predicates';
import { bendAroundCentre } from './bend-around-centre';
import { layoutEgo } from './ego-layout';
import { HIDDEN_LABEL, placeEdgeLabels } from './edge-labels';

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
          // An edge passing behind a name fades under it instead of striking it through.
          'text-background-color': '#f6f8fc',
          'text-background-opacity': 0.8,
          'text-background-shape': 'roundrectangle',
          'text-background-padding': '1px',
          width: 26,
          height: 26,
        },
      },
      { selector: 'node[type = "Country"]', style: { shape: 'round-rectangle' } },
      { selector: 'node[type = "Location"]', style: { shape: 'diamond' } },
      { selector: 'node[type = "Person"]', style: { shape: 'ellipse' } },
      { selector: 'node[type = "Organization"]', style: { shape: 'hexagon' } },
      {
        // The centre is a name tag in its type's colour: edges end at its border, so none
        // can run through its name, whichever way they leave. ego-layout sizes it to the name.
        selector: 'node[?centre]',
        style: {
          shape: 'round-rectangle',
          'background-opacity': 0.3,
          'border-width': 3,
          'border-color': 'data(colour)',
          'font-weight': 'bold',
          'font-size': 13,
          'text-valign': 'center',
          'text-margin-y': 0,
          'text-max-width': '180px',
          'text-background-opacity': 0,
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(colour)',
          'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          // Edges between the same two actors fan out wide enough to hold a label each.
          'control-point-step-size': 48,
          label: 'data(label)',
          'font-size': 10,
          color: '#39435a',
          // Level text reads at any angle, and its box is the box edge-labels places.
          'text-rotation': 'none',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.9,
          'text-background-shape': 'roundrectangle',
          'text-background-padding': '2px',
        },
      },
      {
        selector: 'edge:selected',
        style: { 'line-style': 'dashed', 'overlay-color': '#1f2a44', 'overlay-opacity': 0.12 },
      },
      { selector: `edge.${HIDDEN_LABEL}`, style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
      {
        selector: `edge.${HIDDEN_LABEL}.hover, edge.${HIDDEN_LABEL}:selected`,
        style: { 'text-opacity': 1, 'text-background-opacity': 0.95, 'z-index': 10 },
      },
    ],
  });
  window.__cy = cy;

  cy.on('tap', 'node', (event) => handlers.onNode((event.target as NodeSingular).id()));
  cy.on('tap', 'edge', (event) => handlers.onEdge((event.target as EdgeSingular).data('row') as EdgeRow));
  // Labels that found no room show while the pointer is on their edge.
  cy.on('mouseover', 'edge', (event) => (event.target as EdgeSingular).addClass('hover'));
  cy.on('mouseout', 'edge', (event) => (event.target as EdgeSingular).removeClass('hover'));

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
          count: e.count,
          row: e,
        },
      })),
    ]);
    layoutEgo(cy, centreId, container.clientWidth / Math.max(container.clientHeight, 1));
    bendAroundCentre(cy, centreId);
    placeEdgeLabels(cy, centreId);
    cy.fit(undefined, 40);
    if (cy.zoom() > 1.4) cy.zoom(1.4);
    cy.center();
  };
}

/** Stable and readable, e.g. "country:united-states|ATTACKED|organization:kataib-hezbollah". */
export function edgeId(e: Pick<EdgeRow, 'sourceId' | 'predicate' | 'targetId'>): string {
  return `${e.sourceId}|${e.predicate}|${e.targetId}`;
}
