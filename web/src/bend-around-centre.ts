// An edge between two neighbours is drawn straight unless that line would pass near the entity
// in the middle, where it would lie on top of the centre's own edges (and take their clicks).
// Such an edge becomes an arc, just wide enough to clear the centre, on whichever side it
// meets no other node (away from the centre when both are free); parallel ones are spread apart.
import type { Core } from 'cytoscape';
import { pointInBox, type Box, type Point } from './boxes';
import { quadraticAt } from './edge-path';

/** Room left between an arc and the centre's body, in model pixels. */
const CLEARANCE = 36;
/** Between two arcs joining the same two neighbours. */
const SPREAD = 24;

export function bendAroundCentre(cy: Core, centreId: string): void {
  const centreNode = cy.getElementById(centreId);
  const centre = centreNode.position();
  const body = centreNode.boundingBox({ includeLabels: false, includeOverlays: false });
  const parallel = new Map<string, number>();
  cy.edges().forEach((edge) => {
    const [a, b] = [edge.source(), edge.target()];
    if (a.id() === centreId || b.id() === centreId) return;
    const pa = a.position();
    const pb = b.position();
    const length = Math.hypot(pb.x - pa.x, pb.y - pa.y) || 1;
    // cytoscape measures control-point distances along (-dy, dx) of the source → target line.
    const normal = { x: -(pb.y - pa.y) / length, y: (pb.x - pa.x) / length };
    const mid = { x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 };
    const side = (centre.x - mid.x) * normal.x + (centre.y - mid.y) * normal.y;
    // How far the centre's body reaches across the line, plus room.
    const keep = (Math.abs(normal.x) * body.w) / 2 + (Math.abs(normal.y) * body.h) / 2 + CLEARANCE;
    const pair = [a.id(), b.id()].sort().join('|');
    const nth = parallel.get(pair) ?? 0;
    parallel.set(pair, nth + 1);
    if (Math.abs(side) >= keep && nth === 0) return;
    const away = side > 0 ? -1 : 1;
    // How far the arc's middle moves off the line: past the centre on its near or far side.
    const offsets = [
      away * (Math.max(keep - Math.abs(side), 0) + nth * SPREAD),
      -away * (Math.abs(side) + keep + nth * SPREAD),
    ];
    const others = cy
      .nodes()
      .filter((n) => n.id() !== a.id() && n.id() !== b.id() && n.id() !== centreId)
      .map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
    const offset =
      offsets.find((o) => others.every((box) => !arcMeets(pa, pb, mid, normal, o, box))) ?? offsets[0];
    edge.style({
      'curve-style': 'unbundled-bezier',
      // A quadratic curve's middle lies halfway to its control point, hence the factor 2.
      'control-point-distances': 2 * offset,
      'control-point-weights': 0.5,
    });
  });
}

/** True when the arc from a to b whose middle lies `offset` off the line passes through the box. */
function arcMeets(a: Point, b: Point, mid: Point, normal: Point, offset: number, box: Box): boolean {
  const control = { x: mid.x + normal.x * 2 * offset, y: mid.y + normal.y * 2 * offset };
  for (let t = 0.05; t < 1; t += 0.05) if (pointInBox(quadraticAt(a, control, b, t), box, 4)) return true;
  return false;
}
