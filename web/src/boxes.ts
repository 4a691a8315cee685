// Axis-aligned boxes in cytoscape's model coordinates, as its boundingBox() returns them: the
// little geometry the layout and the label placement need.

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Point {
  x: number;
  y: number;
}

/** True when the boxes share any area, or come closer than `gap`. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/** A box of the given size centred on a point. */
export function boxAround(p: Point, width: number, height: number): Box {
  return { x1: p.x - width / 2, y1: p.y - height / 2, x2: p.x + width / 2, y2: p.y + height / 2 };
}

/** True when the point lies inside the box, grown by `margin` on every side. */
export function pointInBox(p: Point, box: Box, margin = 0): boolean {
  return p.x > box.x1 - margin && p.x < box.x2 + margin && p.y > box.y1 - margin && p.y < box.y2 + margin;
}
