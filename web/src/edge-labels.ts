// Edge labels placed one by one where they touch nothing: each label slides along its edge
// (then steps just beside it) until it clears every node, every node's name and the labels
// already placed, preferring a spot that covers no other edge's line either. A label that finds
// no room is hidden and shows when its edge is hovered or selected, so a crowded
// neighbourhood stays readable instead of turning into a smear of text.
import type { Core, EdgeSingular } from 'cytoscape';
import { boxAround, boxesOverlap, pointInBox, type Box, type Point } from './boxes';
import { pointAlong } from './edge-path';

/** Where along an edge (0 = source, 1 = target) a label may sit, best first. */
const ALONG = [0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75];
/** Space kept around a label, in model pixels. */
const GAP = 2;
export const HIDDEN_LABEL = 'label-hidden';
/** Points per edge when checking whether a label would cover its line. */
const SAMPLES = 40;

/** Returns how many labels found no room. */
export function placeEdgeLabels(cy: Core, centreId: string): number {
  const taken: Box[] = cy
    .nodes()
    .map((n) =>
      n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true, includeOverlays: false }),
    );
  // The centre's own relations first: they are what the view is about.
  const edges = cy
    .edges()
    .sort((a, b) => touches(b, centreId) - touches(a, centreId) || b.data('count') - a.data('count'));
  const lines = cy.edges().map((e) => ({
    edge: e.id(),
    points: Array.from({ length: SAMPLES + 1 }, (_, i) => pointAlong(e, i / SAMPLES)),
  }));
  let hidden = 0;
  edges.forEach((edge) => {
    edge.removeClass(HIDDEN_LABEL).style({ 'text-margin-x': 0, 'text-margin-y': 0 });
    const label = edge.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    const middle = edge.midpoint();
    const free = candidates(edge, label.h).filter((p) => {
      const box = boxAround(p, label.w, label.h);
      return taken.every((other) => !boxesOverlap(box, other, GAP));
    });
    const crossing = lines.filter((line) => line.edge !== edge.id()).flatMap((line) => line.points);
    const spot =
      free.find((p) => !crossing.some((q) => pointInBox(q, boxAround(p, label.w, label.h)))) ?? free[0];
    if (!spot) {
      edge.addClass(HIDDEN_LABEL);
      hidden += 1;
      return;
    }
    edge.style({ 'text-margin-x': spot.x - middle.x, 'text-margin-y': spot.y - middle.y });
    taken.push(boxAround(spot, label.w, label.h));
  });
  return hidden;
}

function touches(edge: EdgeSingular, nodeId: string): number {
  return edge.source().id() === nodeId || edge.target().id() === nodeId ? 1 : 0;
}

/**
 * Points on the edge, then points just beside it on either side, then a label's height further
 * out: a bundle of parallel edges between the same two actors ("attacked ×2", "sanctioned") needs
 * the second ring before a label is hidden.
 */
function candidates(edge: EdgeSingular, labelHeight: number): Point[] {
  const on = ALONG.map((t) => pointAlong(edge, t));
  const besideAt = (t: number, rings: number): Point[] => {
    const p = pointAlong(edge, t);
    const q = pointAlong(edge, t + 0.01);
    const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const shift = (labelHeight / 2 + GAP) * rings;
    const normal = { x: (-(q.y - p.y) / length) * shift, y: ((q.x - p.x) / length) * shift };
    return [
      { x: p.x + normal.x, y: p.y + normal.y },
      { x: p.x - normal.x, y: p.y - normal.y },
    ];
  };
  const beside = ALONG.flatMap((t) => besideAt(t, 1));
  const further = ALONG.slice(0, 3).flatMap((t) => besideAt(t, 2));
  return [...on, ...beside, ...further];
}
