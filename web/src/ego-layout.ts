// The neighbourhood drawn as an ego network: the entity in the middle, its neighbours on an
// ellipse shaped like the panel, each neighbour's name on the side facing away from the middle
// (so the spokes never run through it), and the ring just large enough that no two names
// touch and every spoke has room for the labels of its edges. Neighbours linked to each other
// sit side by side, so the edges between them stay short.
import type { Core, EdgeCollection, NodeSingular } from 'cytoscape';
import { boxesOverlap, type Box, type Point } from './boxes';

type Side = 'bottom' | 'top' | 'right' | 'left';

/** Between a node and its name. */
const NAME_GAP = 4;
/** Between two neighbours' footprints: room for an edge and its label. */
const NEIGHBOUR_GAP = 14;
/** Around each label on a spoke. */
const LABEL_ROOM = 8;
const MIN_RADIUS = 100;

const SIDE_STYLE: Record<Side, Record<string, string | number>> = {
  bottom: { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': NAME_GAP },
  top: { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': -NAME_GAP },
  right: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': NAME_GAP, 'text-margin-y': 0 },
  left: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -NAME_GAP, 'text-margin-y': 0 },
};

/** What a node takes up: half its body, and the size of its name. */
interface Size {
  half: number;
  width: number;
  height: number;
}

/** Lays out the centre at (0, 0) and its neighbours around it; `aspect` is the panel's width / height. */
export function layoutEgo(cy: Core, centreId: string, aspect: number): void {
  const centre = cy.getElementById(centreId);
  const neighbours = ringOrder(cy, centreId);
  // A first ring, so that every edge has a length and cytoscape can measure its label.
  neighbours.forEach((node, i) => node.position(onEllipse(i, neighbours.length, 200, 1)));
  centre.position({ x: 0, y: 0 });
  const name = centre.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  });
  centre.style({ width: name.w + 20, height: name.h + 10 });
  const body = centre.boundingBox({
    includeNodes: true,
    includeEdges: false,
    includeLabels: false,
    includeOverlays: false,
  });
  const centreHalf = Math.max(body.w, body.h) / 2;
  const sizes = neighbours.map(sizeOf);
  const spokeLabels = neighbours.map((n) => labelSizes(centre.edgesWith(n)));
  // Names to the left and right take some of the panel's width: a little less stretch.
  const stretch = Math.min(Math.max(aspect * 0.8, 1), 1.8);

  let places: Array<{ at: Point; side: Side }> = [];
  for (let radius = MIN_RADIUS, tries = 0; tries < 60; radius *= 1.1, tries++) {
    places = neighbours.map((_, i) => {
      const at = onEllipse(i, neighbours.length, radius, stretch);
      return { at, side: outward(at) };
    });
    const boxes = places.map((p, i) => footprint(p.at, sizes[i], p.side));
    const clear = boxes.every(
      (box, i) =>
        !boxesOverlap(box, body, NEIGHBOUR_GAP) &&
        boxes.every((other, j) => j <= i || !boxesOverlap(box, other, NEIGHBOUR_GAP)) &&
        Math.hypot(places[i].at.x, places[i].at.y) >=
          centreHalf + sizes[i].half + spokeNeeds(places[i].at, spokeLabels[i]),
    );
    if (clear) break;
  }
  neighbours.forEach((node, i) => {
    node.position(places[i].at);
    node.style(SIDE_STYLE[places[i].side]);
  });
}

/** The i-th of n places on the ellipse, starting at the top. */
function onEllipse(i: number, n: number, radius: number, stretch: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return { x: radius * stretch * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** The sizes of the edges' labels. */
function labelSizes(edges: EdgeCollection): Array<{ w: number; h: number }> {
  return edges.map((e) =>
    e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }),
  );
}

/**
 * How long a spoke towards `towards` must be, beyond the two nodes, to hold its labels one after
 * the other: level labels take their width along a flat spoke, their height along a steep one.
 */
function spokeNeeds(towards: Point, labels: Array<{ w: number; h: number }>): number {
  const length = Math.hypot(towards.x, towards.y) || 1;
  const across = Math.abs(towards.x) / length;
  const up = Math.abs(towards.y) / length;
  return labels.reduce(
    (sum, { w, h }) =>
      sum + Math.min(across > 0 ? w / across : Infinity, up > 0 ? h / up : Infinity) + LABEL_ROOM,
    LABEL_ROOM,
  );
}

/** The side pointing away from the centre: left or right unless the node is well above or below. */
function outward(p: Point): Side {
  if (Math.abs(p.x) >= Math.abs(p.y)) return p.x >= 0 ? 'right' : 'left';
  return p.y >= 0 ? 'bottom' : 'top';
}

function sizeOf(node: NodeSingular): Size {
  const name = node.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  });
  return { half: node.outerWidth() / 2, width: name.w, height: name.h };
}

function nameBox(p: Point, { half, width, height }: Size, side: Side): Box {
  const off = half + NAME_GAP;
  switch (side) {
    case 'bottom':
      return { x1: p.x - width / 2, x2: p.x + width / 2, y1: p.y + off, y2: p.y + off + height };
    case 'top':
      return { x1: p.x - width / 2, x2: p.x + width / 2, y1: p.y - off - height, y2: p.y - off };
    case 'right':
      return { x1: p.x + off, x2: p.x + off + width, y1: p.y - height / 2, y2: p.y + height / 2 };
    case 'left':
      return { x1: p.x - off - width, x2: p.x - off, y1: p.y - height / 2, y2: p.y + height / 2 };
  }
}

/** A node and its name together. */
function footprint(p: Point, size: Size, side: Side): Box {
  const name = nameBox(p, size, side);
  return {
    x1: Math.min(name.x1, p.x - size.half),
    y1: Math.min(name.y1, p.y - size.half),
    x2: Math.max(name.x2, p.x + size.half),
    y2: Math.max(name.y2, p.y + size.half),
  };
}

/**
 * The neighbours in ring order. Starting from the order the rows came in, two places are
 * swapped whenever that shortens the links between neighbours, measured around the ring.
 */
function ringOrder(cy: Core, centreId: string): NodeSingular[] {
  const nodes = cy
    .nodes()
    .filter((n) => n.id() !== centreId)
    .toArray() as NodeSingular[];
  const index = new Map(nodes.map((n, i) => [n.id(), i]));
  const links: Array<[number, number]> = [];
  cy.edges().forEach((e) => {
    const a = index.get(e.source().id());
    const b = index.get(e.target().id());
    if (a !== undefined && b !== undefined && a !== b) links.push([a, b]);
  });
  const n = nodes.length;
  const order = nodes.map((_, i) => i);
  // Beyond a few dozen neighbours the picture is a crowd anyway; keep the work small.
  if (links.length === 0 || n > 60) return nodes;
  const slot = new Array<number>(n);
  const spread = (): number => {
    order.forEach((node, k) => (slot[node] = k));
    return links.reduce((sum, [a, b]) => {
      const d = Math.abs(slot[a] - slot[b]);
      return sum + Math.min(d, n - d);
    }, 0);
  };
  let best = spread();
  for (let improved = true, rounds = 0; improved && rounds < 10; rounds++) {
    improved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        [order[i], order[j]] = [order[j], order[i]];
        const cost = spread();
        if (cost < best) {
          best = cost;
          improved = true;
        } else {
          [order[i], order[j]] = [order[j], order[i]];
        }
      }
    }
  }
  return order.map((i) => nodes[i]);
}
