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

/** True when the segment from a to b passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  let enter = 0;
  let leave = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: Array<[number, number]> = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}
