import { expect } from 'vitest';
import { graphTree, type AttributionGraph, type GraphLayout, type GraphTreeItem, type Point } from '../../src/model/graph.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The legs of an edge, each from one point to the next. */
const legs = (points: Point[]) => points.slice(1).map((q, i) => [points[i] as Point, q] as const);

/** Whether two legs, each horizontal or vertical, meet anywhere. */
function meet([a, b]: readonly [Point, Point], [c, d]: readonly [Point, Point]): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  const [x3, x4] = [Math.min(c.x, d.x), Math.max(c.x, d.x)];
  const [y3, y4] = [Math.min(c.y, d.y), Math.max(c.y, d.y)];
  return x1 <= x4 && x3 <= x2 && y1 <= y4 && y3 <= y2;
}

/**
 * What a reader needs of any drawing of a graph: boxes apart and inside the picture; every edge
 * from its box's right side to its child's left, in square legs with no jog of a pixel or two; every
 * word of an edge clear of every box and of the arrowhead; no two edges of different boxes touching; the children of each box in
 * the article's order from top to bottom, each box level with the middle of its first and last
 * child's (so a source with one claim points straight at it); the article top left.
 */
export function expectReadable(graph: AttributionGraph | GraphTreeItem, layout: GraphLayout): void {
  const byKey = new Map(layout.nodes.map((n) => [n.key, n]));
  // Sorted by top edge, each box is compared with those that start above its bottom: linear in practice.
  const boxes = [...layout.nodes].sort((a, b) => a.y - b.y);
  for (const [i, box] of boxes.entries()) {
    for (let j = i + 1; j < boxes.length && (boxes[j]?.y ?? Infinity) < box.y + box.height; j++)
      expect(overlap(box, boxes[j] as Box), `${box.key} / ${boxes[j]?.key}`).toBe(false);
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height, box.key).toBe(true);
  }
  const article = layout.nodes.find((n) => n.kind === 'article');
  expect(article?.y).toBe(Math.min(...layout.nodes.map((n) => n.y)));
  expect(article?.x).toBe(Math.min(...layout.nodes.map((n) => n.x)));

  for (const edge of layout.edges) {
    const from = byKey.get(edge.from) as Box;
    const to = byKey.get(edge.to) as Box;
    const [start, end] = [edge.points[0] as Point, edge.points.at(-1) as Point];
    expect(start.x, edge.key).toBe(from.x + from.width);
    expect(start.y >= from.y && start.y <= from.y + from.height, `${edge.key} leaves its box`).toBe(true);
    expect(end.x, edge.key).toBe(to.x);
    expect(end.y >= to.y && end.y <= to.y + to.height, `${edge.key} meets its child`).toBe(true);
    for (const [p, q] of legs(edge.points)) {
      expect(p.x === q.x || p.y === q.y, `${edge.key}: square legs`).toBe(true);
      // A jog of a pixel or two reads as a kink in what should be a straight arrow.
      expect(Math.abs(p.y - q.y) === 0 || Math.abs(p.y - q.y) >= 2, `${edge.key}: no jog`).toBe(true);
    }
    if (edge.articleWord) {
      expect(edge.label.width, edge.key).toBeGreaterThan(0);
      // The words end before the arrowhead (7 px), not over it.
      expect(edge.label.x + edge.label.width, `${edge.key}: words clear of the arrowhead`).toBeLessThanOrEqual(to.x - 7);
      // The words sit in the gap before the child: clear of the boxes on either side, and of the ones above and below it.
      for (const box of layout.nodes) expect(overlap(edge.label, box), `${edge.key} label over ${box.key}`).toBe(false);
    }
  }

  // Edges of different boxes never touch: each is compared with those whose height it shares.
  const spans = layout.edges
    .map((edge) => ({ edge, top: Math.min(...edge.points.map((p) => p.y)), bottom: Math.max(...edge.points.map((p) => p.y)) }))
    .sort((a, b) => a.top - b.top);
  for (const [i, a] of spans.entries()) {
    for (let j = i + 1; j < spans.length && (spans[j]?.top ?? Infinity) <= a.bottom; j++) {
      const b = spans[j]?.edge;
      if (!b || b.from === a.edge.from) continue;
      for (const leg of legs(a.edge.points)) for (const other of legs(b.points)) expect(meet(leg, other), `${a.edge.key} crosses ${b.key}`).toBe(false);
    }
  }

  const check = (item: GraphTreeItem) => {
    const box = byKey.get(item.node.key) as Box;
    const children = item.children.map((child) => byKey.get(child.node.key) as Box);
    for (const [i, child] of children.slice(1).entries()) expect(child.y, `${item.node.key}: children in order`).toBeGreaterThan((children[i] as Box).y);
    const [first, last] = [children[0], children.at(-1)];
    if (first && last && item.node.kind !== 'article') {
      const middle = (first.y + first.height / 2 + last.y + last.height / 2) / 2;
      expect(Math.abs(box.y + box.height / 2 - middle), `${item.node.key} level with its children`).toBeLessThanOrEqual(1);
    }
    item.children.forEach(check);
  };
  check('node' in graph ? graph : graphTree(graph));
}
