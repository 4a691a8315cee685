// Where cytoscape draws an edge: a straight line, or a quadratic curve through its control
// point (bundles of edges between the same two nodes, and the arcs bent around the centre).
import type { EdgeSingular } from 'cytoscape';
import type { Point } from './boxes';

/** The point at t along the drawn edge (0 = source, 1 = target). */
export function pointAlong(edge: EdgeSingular, t: number): Point {
  const a = edge.sourceEndpoint();
  const b = edge.targetEndpoint();
  const control = edge.controlPoints();
  if (!control || control.length === 0) return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  // The dashboard gives each curved edge one control point.
  return quadraticAt(a, control[0], b, t);
}

/** The point at t on the quadratic curve from a to b through control point c. */
export function quadraticAt(a: Point, c: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}
