import dagre from '@dagrejs/dagre';

/**
 * The agent graph's drawing: which edges exist (every kind a graph declares) and where nodes and
 * edges go. Layered layout by dagre (crossing minimisation, edge routing through dummy points), as a
 * tree from the entry, left to right, Human last. The canvas takes the drawing's aspect ratio, so a
 * large star (real-estate's nine specialists) gets a taller canvas instead of a smaller zoom.
 */

export type EdgeKind = 'handoff' | 'handback' | 'escalation' | 'agent-tool' | 'sla' | 'phone';

export type LayoutAgent = {
  name: string;
  human: boolean;
  handoffs?: { to: string; system: boolean }[];
  agentTools?: { agent: string; tool: string }[];
  sla?: { maxTurns: number; escalateTo: string } | null;
  /** A phone target (a number or SIP URI the agent's calls are put through to). */
  phone?: { target: string; mode?: string } | null;
};

/** Taken counts of one edge, as `/v1/graphs/:name/edges` reports them. */
export type LayoutCount = {
  from: string;
  to: string;
  declared: boolean;
  system: boolean;
  total: number;
  counts: { handoff: number; fallback: number; rejected: number };
};

export type DrawnEdge = {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  /** Taken at run time though no edge declares it (an operator's handback). */
  undeclared: boolean;
  count: LayoutCount | null;
  label: string | null;
};

export const PHONE_PREFIX = 'phone:';
// Wide enough for the longest built-in agent name ("NeighborhoodExplainer") in the node title font.
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 60;

/** Every edge to draw: declared handoffs and handbacks, escalations, agents used as tools, SLA and phone edges, and taken undeclared ones. */
export function graphEdges(agents: LayoutAgent[], entry: string, counts: LayoutCount[]): DrawnEdge[] {
  const byKey = new Map(counts.map((c) => [`${c.from}->${c.to}`, c]));
  const drawn: DrawnEdge[] = [];
  const seen = new Set<string>();
  const add = (edge: Omit<DrawnEdge, 'id'>) => {
    const id = `${edge.kind}:${edge.from}->${edge.to}`;
    if (seen.has(id)) return;
    seen.add(id);
    drawn.push({ id, ...edge });
  };
  for (const agent of agents) {
    for (const h of agent.handoffs ?? []) {
      const kind: EdgeKind = h.system ? 'escalation' : h.to === entry ? 'handback' : 'handoff';
      const count = byKey.get(`${agent.name}->${h.to}`) ?? null;
      add({ from: agent.name, to: h.to, kind, undeclared: false, count, label: null });
    }
    for (const t of agent.agentTools ?? []) {
      add({
        from: agent.name,
        to: t.agent,
        kind: 'agent-tool',
        undeclared: false,
        count: null,
        label: 'as tool',
      });
    }
    if (agent.sla) {
      const label = `SLA ${agent.sla.maxTurns} turns`;
      add({ from: agent.name, to: agent.sla.escalateTo, kind: 'sla', undeclared: false, count: null, label });
    }
    if (agent.phone) {
      const label = agent.phone.mode ? `${agent.phone.mode} transfer` : 'transfer';
      add({
        from: agent.name,
        to: `${PHONE_PREFIX}${agent.phone.target}`,
        kind: 'phone',
        undeclared: false,
        count: null,
        label,
      });
    }
  }
  const declared = new Set(drawn.map((e) => `${e.from}->${e.to}`));
  for (const c of counts) {
    if (c.total === 0 || declared.has(`${c.from}->${c.to}`)) continue;
    const kind: EdgeKind = c.to === entry ? 'handback' : 'handoff';
    add({ from: c.from, to: c.to, kind, undeclared: true, count: c, label: null });
  }
  return drawn;
}

export type Point = { x: number; y: number };
export type PlacedNode = { name: string; x: number; y: number; width: number; height: number };
export type Layout = {
  /** Top-left corners (what the canvas positions by). */
  nodes: Map<string, PlacedNode>;
  edges: Map<string, Point[]>;
  width: number;
  height: number;
};

/**
 * Edges that shape the tree: what the entry (or any agent) hands to or calls as a tool, SLA and phone
 * edges, and escalations (they pull Human to the end). Handbacks and handoffs between peers that are
 * already placed would fold the tree into a tangle, so they are drawn along the tree instead of
 * shaping it.
 */
function shapesTree(edge: DrawnEdge, depth: Map<string, number>, humans: Set<string>): boolean {
  if (humans.has(edge.to)) return true;
  if (edge.kind === 'handback') return false;
  if (edge.kind !== 'handoff') return true;
  const from = depth.get(edge.from);
  const to = depth.get(edge.to);
  return from === undefined || to === undefined || to > from;
}

/** Breadth-first depth from the entry over handoffs and agent-tool edges; Human has none (it goes last). */
function depths(edges: DrawnEdge[], entry: string, humans: Set<string>): Map<string, number> {
  const depth = new Map<string, number>([[entry, 0]]);
  const queue = [entry];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    for (const e of edges) {
      if (e.from !== at || depth.has(e.to) || humans.has(e.to)) continue;
      if (e.kind !== 'handoff' && e.kind !== 'agent-tool') continue;
      depth.set(e.to, (depth.get(at) ?? 0) + 1);
      queue.push(e.to);
    }
  }
  return depth;
}

/** Where every node and edge goes. Phone targets (from `graphEdges`) become nodes of their own. */
export function layoutGraph(agents: LayoutAgent[], edges: DrawnEdge[], entry: string): Layout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 34, ranksep: 110, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const a of agents) g.setNode(a.name, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of edges) if (e.kind === 'phone') g.setNode(e.to, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const humans = new Set(agents.filter((a) => a.human).map((a) => a.name));
  const depth = depths(edges, entry, humans);
  const free: DrawnEdge[] = [];
  for (const e of edges) {
    if (!g.hasNode(e.from) || !g.hasNode(e.to) || e.from === e.to) continue;
    if (!shapesTree(e, depth, humans)) {
      free.push(e);
      continue;
    }
    g.setEdge(e.from, e.to, { weight: e.kind === 'escalation' ? 0 : 2, minlen: 1 }, e.id);
  }
  // An agent nothing reaches still hangs under the entry, not floating loose.
  for (const a of agents) {
    if (a.name !== entry && !humans.has(a.name) && !depth.has(a.name)) {
      g.setEdge(entry, a.name, { weight: 0, minlen: 1 }, `invisible:${a.name}`);
    }
  }
  dagre.layout(g);

  const nodes = new Map<string, PlacedNode>();
  for (const name of g.nodes()) {
    const n = g.node(name);
    nodes.set(name, { name, x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height });
  }
  const routes = new Map<string, Point[]>();
  for (const e of g.edges()) {
    if (!e.name || e.name.startsWith('invisible:')) continue;
    routes.set(
      e.name,
      (g.edge(e) as { points: Point[] }).points.map((p) => ({ x: p.x, y: p.y })),
    );
  }
  for (const e of free) {
    const from = nodes.get(e.from);
    const to = nodes.get(e.to);
    if (from && to) routes.set(e.id, sameColumn(from, to) ? aroundTheSide(from, to) : bowBetween(from, to));
  }
  separatePairs(
    edges.filter((e) => !free.includes(e)),
    routes,
  );
  const graph = g.graph();
  return { nodes, edges: routes, width: graph.width ?? 0, height: graph.height ?? 0 };
}

function sameColumn(a: PlacedNode, b: PlacedNode): boolean {
  return Math.abs(a.x - b.x) < 1;
}

/**
 * Between two agents of one column, around the column's right side rather than through the agents
 * between them; farther apart, wider, and the two directions of a pair at different widths and
 * heights, so they never share a line.
 */
function aroundTheSide(from: PlacedNode, to: PlacedNode): Point[] {
  const x = from.x + from.width;
  const down = to.y > from.y;
  const out = x + (down ? 28 : 46) + Math.abs(to.y - from.y) / 10;
  const start = { x, y: from.y + from.height / 2 + (down ? 8 : -8) };
  const end = { x, y: to.y + to.height / 2 + (down ? -8 : 8) };
  return [start, { x: out, y: start.y }, { x: out, y: end.y }, end];
}

/** A bowed route between two placed nodes' borders, for edges that do not shape the tree. */
function bowBetween(from: PlacedNode, to: PlacedNode): Point[] {
  const a = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const b = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  const start = onBorder(from, b);
  const end = onBorder(to, a);
  const length = Math.hypot(end.x - start.x, end.y - start.y) || 1;
  const bow = Math.min(60, 0.18 * length);
  // To the right of the direction of travel: A→B and B→A bow to opposite sides.
  const mid = {
    x: (start.x + end.x) / 2 + (bow * (end.y - start.y)) / length,
    y: (start.y + end.y) / 2 - (bow * (end.x - start.x)) / length,
  };
  return [start, mid, end];
}

/** Where the line from a node's centre toward `toward` leaves the node's box. */
function onBorder(node: PlacedNode, toward: Point): Point {
  const c = { x: node.x + node.width / 2, y: node.y + node.height / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(Math.abs(node.width / 2 / (dx || 1e-9)), Math.abs(node.height / 2 / (dy || 1e-9)));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/** A→B and B→A would share one line: move each a few pixels to its own side. */
function separatePairs(edges: DrawnEdge[], routes: Map<string, Point[]>): void {
  const byEnds = new Map(edges.map((e) => [`${e.from}->${e.to}`, e]));
  for (const e of edges) {
    const back = byEnds.get(`${e.to}->${e.from}`);
    const points = routes.get(e.id);
    if (!back || !points) continue;
    const shift = e.from < e.to ? -9 : 9;
    for (const p of points) p.y += shift;
  }
}

/** A smooth SVG path through the routed points, and the point halfway along it for the label. */
export function edgePath(points: Point[]): { path: string; label: Point } {
  if (points.length === 0) return { path: '', label: { x: 0, y: 0 } };
  let path = `M ${points[0].x},${points[0].y}`;
  if (points.length === 2) path += ` L ${points[1].x},${points[1].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const mid = { x: (points[i].x + points[i + 1].x) / 2, y: (points[i].y + points[i + 1].y) / 2 };
    const end = i === points.length - 2 ? points[i + 1] : mid;
    path += ` Q ${points[i].x},${points[i].y} ${end.x},${end.y}`;
  }
  return { path, label: halfway(points) };
}

/** The point half the polyline's length along it. */
function halfway(points: Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let left = lengths.reduce((sum, l) => sum + l, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (left <= lengths[i] && lengths[i] > 0) {
      const t = left / lengths[i];
      return {
        x: points[i].x + t * (points[i + 1].x - points[i].x),
        y: points[i].y + t * (points[i + 1].y - points[i].y),
      };
    }
    left -= lengths[i];
  }
  return points[points.length - 1];
}
