/** Where each agent sits: columns by handoff distance from the entry agent, Human last. */
export type LayoutAgent = { name: string; human: boolean };
export type LayoutEdge = { from: string; to: string; system: boolean };
export type Placed = { name: string; layer: number; index: number; x: number; y: number };

export const COLUMN_GAP = 320;
export const ROW_GAP = 130;

/**
 * Breadth-first layers over the declared (non-system) edges from the entry; agents it never reaches
 * get the next column, and the Human node always the last one, since every agent escalates to it.
 * Each column is centred vertically so the drawing stays balanced.
 */
export function layoutGraph(agents: LayoutAgent[], edges: LayoutEdge[], entry: string): Map<string, Placed> {
  const names = new Set(agents.map((a) => a.name));
  const humans = new Set(agents.filter((a) => a.human).map((a) => a.name));
  const layer = new Map<string, number>([[entry, 0]]);
  const queue = [entry];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    for (const e of edges) {
      if (e.from !== at || e.system || humans.has(e.to) || layer.has(e.to) || !names.has(e.to)) continue;
      layer.set(e.to, (layer.get(at) ?? 0) + 1);
      queue.push(e.to);
    }
  }
  let deepest = Math.max(0, ...layer.values());
  const unreached = agents.filter((a) => !layer.has(a.name) && !a.human);
  if (unreached.length > 0) {
    deepest += 1;
    for (const a of unreached) layer.set(a.name, deepest);
  }
  for (const a of agents) if (a.human) layer.set(a.name, deepest + 1);

  const columns = new Map<number, string[]>();
  for (const a of agents) {
    const l = layer.get(a.name) ?? 0;
    columns.set(l, [...(columns.get(l) ?? []), a.name]);
  }
  const placed = new Map<string, Placed>();
  for (const [l, column] of columns) {
    column.forEach((name, index) => {
      const y = (index - (column.length - 1) / 2) * ROW_GAP;
      placed.set(name, { name, layer: l, index, x: l * COLUMN_GAP, y });
    });
  }
  return placed;
}

/**
 * How an edge is drawn. Neighbouring columns: straight across (forward leaves right, enters left;
 * backward the other way round, at other heights, so A→B and B→A never overlap). Skipping a column:
 * an arc over the top (forward) or under the bottom (backward), clear of the nodes in between. Same
 * column: a bulge to the side.
 */
export type EdgeRoute = 'forward' | 'backward' | 'over' | 'under' | 'side-right' | 'side-left';

export function edgeRoute(
  from: Placed,
  to: Placed,
): { route: EdgeRoute; sourceHandle: string; targetHandle: string } {
  const gap = to.layer - from.layer;
  if (gap === 1) return { route: 'forward', sourceHandle: 'r-out', targetHandle: 'l-in' };
  if (gap === -1) return { route: 'backward', sourceHandle: 'l-out', targetHandle: 'r-in' };
  if (gap > 1) return { route: 'over', sourceHandle: 't-out', targetHandle: 't-in' };
  if (gap < -1) return { route: 'under', sourceHandle: 'b-out', targetHandle: 'b-in' };
  return from.index < to.index
    ? { route: 'side-right', sourceHandle: 'r-out', targetHandle: 'r-in' }
    : { route: 'side-left', sourceHandle: 'l-out', targetHandle: 'l-in' };
}

type Point = { x: number; y: number };

/**
 * The cubic Bézier of an edge between two handle points. `top`/`bottom` are the extreme y of every
 * node, so arcs clear them. Returns the SVG path and the point at `t` along it for the label.
 */
export function edgeGeometry(
  route: EdgeRoute,
  s: Point,
  t: Point,
  bounds: { top: number; bottom: number },
  at = 0.5,
): { path: string; label: Point } {
  const dx = Math.max(60, Math.abs(t.x - s.x) * 0.5);
  let c1: Point;
  let c2: Point;
  switch (route) {
    case 'forward':
      c1 = { x: s.x + dx, y: s.y };
      c2 = { x: t.x - dx, y: t.y };
      break;
    case 'backward':
      c1 = { x: s.x - dx, y: s.y };
      c2 = { x: t.x + dx, y: t.y };
      break;
    case 'over': {
      // The curve's middle sits at 1/4 start + 3/4 control height: put it 36px above every node.
      const y = (bounds.top - 36 - 0.25 * Math.min(s.y, t.y)) / 0.75;
      c1 = { x: s.x, y };
      c2 = { x: t.x, y };
      break;
    }
    case 'under': {
      const y = (bounds.bottom + 36 - 0.25 * Math.max(s.y, t.y)) / 0.75;
      c1 = { x: s.x, y };
      c2 = { x: t.x, y };
      break;
    }
    case 'side-right':
      c1 = { x: s.x + 90, y: s.y };
      c2 = { x: t.x + 90, y: t.y };
      break;
    case 'side-left':
      c1 = { x: s.x - 90, y: s.y };
      c2 = { x: t.x - 90, y: t.y };
      break;
  }
  const u = 1 - at;
  const label = {
    x: u ** 3 * s.x + 3 * u * u * at * c1.x + 3 * u * at * at * c2.x + at ** 3 * t.x,
    y: u ** 3 * s.y + 3 * u * u * at * c1.y + 3 * u * at * at * c2.y + at ** 3 * t.y,
  };
  return { path: `M ${s.x},${s.y} C ${c1.x},${c1.y} ${c2.x},${c2.y} ${t.x},${t.y}`, label };
}
