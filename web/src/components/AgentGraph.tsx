import {
  Background,
  BaseEdge,
  Controls,
  type Edge,
  EdgeLabelRenderer,
  type EdgeProps,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { EdgeCount, TopologyAgent } from '../api/types.ts';
import { agentColor } from '../lib/agentColor.ts';
import { EDGE_STYLES } from '../lib/edgeStyles.ts';
import {
  type DrawnEdge,
  edgePath,
  graphEdges,
  layoutGraph,
  NODE_HEIGHT,
  NODE_WIDTH,
  PHONE_PREFIX,
  type Point,
} from '../lib/graphLayout.ts';
import { Icon } from './Icon.tsx';

type AgentNodeData = { agent: TopologyAgent; entry: boolean; inbound: number };
type AgentNode = Node<AgentNodeData, 'agent'>;
type PhoneNode = Node<{ target: string }, 'phone'>;
type RoutedEdge = Edge<{ points: Point[]; edge: DrawnEdge }, 'routed'>;

/** One hidden handle each way: edges are drawn along dagre's routes, not between handles. */
function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Top} className="graph-handle" />
      <Handle type="source" position={Position.Bottom} className="graph-handle" />
    </>
  );
}

function AgentNodeView({ data }: NodeProps<AgentNode>) {
  const { agent, entry, inbound } = data;
  const color = agentColor(agent.name);
  return (
    <div
      className={`graph-node${agent.human ? ' graph-node-human' : ''}`}
      style={{ borderColor: color, width: NODE_WIDTH, height: NODE_HEIGHT }}
      data-testid="graph-node"
      data-agent={agent.name}
    >
      <Handles />
      <div className="graph-node-title" style={{ color }}>
        {agent.human && <Icon name="person" size={14} />}
        <span className="graph-node-name">{agent.name}</span>
        {entry && <span className="graph-tag">entry</span>}
      </div>
      <div className="graph-node-meta">
        <span>
          {agent.human
            ? 'operator takeover'
            : `${agent.tools.length} tool${agent.tools.length === 1 ? '' : 's'}`}
        </span>
        <span title="handoffs into this agent">{inbound} in</span>
      </div>
    </div>
  );
}

function PhoneNodeView({ data }: NodeProps<PhoneNode>) {
  return (
    <div
      className="graph-node graph-node-phone"
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}
      data-testid="graph-node"
      data-agent={`${PHONE_PREFIX}${data.target}`}
    >
      <Handles />
      <div className="graph-node-title">☎ {data.target}</div>
      <div className="graph-node-meta">phone transfer</div>
    </div>
  );
}

function countLabel(edge: DrawnEdge): string | null {
  const c = edge.count;
  if (!c || c.total === 0) return edge.label;
  const extra = [
    c.counts.fallback > 0 ? `${c.counts.fallback} by policy` : null,
    c.counts.rejected > 0 ? `${c.counts.rejected} refused` : null,
  ].filter(Boolean);
  return extra.length > 0 ? `${c.total} (${extra.join(', ')})` : String(c.total);
}

function RoutedEdgeView(props: EdgeProps<RoutedEdge>) {
  const { data, markerEnd, style } = props;
  if (!data) return null;
  const { path, label } = edgePath(data.points);
  const { edge } = data;
  const text = countLabel(edge);
  const taken = (edge.count?.total ?? 0) > 0;
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} style={style} />
      {text && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label-${edge.kind}${edge.undeclared ? ' edge-label-undeclared' : ''}${(edge.count?.counts.fallback ?? 0) > 0 ? ' edge-label-policy' : ''}${taken ? '' : ' edge-label-static'}`}
            style={{ transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)` }}
            data-testid="edge-label"
            data-edge={`${edge.from}->${edge.to}`}
            data-kind={edge.kind}
            data-total={edge.count?.total ?? 0}
            title={
              edge.count
                ? `${edge.from} → ${edge.to}: ${edge.count.counts.handoff} handoffs, ${edge.count.counts.fallback} by policy, ${edge.count.counts.rejected} refused`
                : `${edge.from} → ${edge.to}`
            }
          >
            {text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

const nodeTypes = { agent: AgentNodeView, phone: PhoneNodeView };
const edgeTypes = { routed: RoutedEdgeView };

/** The kinds of edge this graph draws, for the legend. */
export function edgeKindsOf(agents: TopologyAgent[], entry: string, edges: EdgeCount[]): Set<string> {
  const kinds = new Set<string>();
  for (const e of graphEdges(agents, entry, edges)) kinds.add(e.undeclared ? 'undeclared' : e.kind);
  return kinds;
}

/**
 * The agent graph: a node per agent (and per phone target), an edge per declared edge of every kind,
 * handoff edges labelled with how many handoffs took them (thicker = taken more), laid out as a tree
 * from the entry and fitted to the view.
 */
export function AgentGraph({
  agents,
  entry,
  edges,
}: {
  agents: TopologyAgent[];
  entry: string;
  edges: EdgeCount[];
}) {
  const { nodes, flowEdges, aspect } = useMemo(() => {
    const drawn = graphEdges(agents, entry, edges);
    const layout = layoutGraph(agents, drawn, entry);
    const inbound = new Map<string, number>();
    for (const e of edges) inbound.set(e.to, (inbound.get(e.to) ?? 0) + e.counts.handoff + e.counts.fallback);
    const nodes: (AgentNode | PhoneNode)[] = agents.map((agent) => {
      const p = layout.nodes.get(agent.name);
      return {
        id: agent.name,
        type: 'agent',
        position: { x: p?.x ?? 0, y: p?.y ?? 0 },
        data: { agent, entry: agent.name === entry, inbound: inbound.get(agent.name) ?? 0 },
      };
    });
    for (const e of drawn) {
      const p = e.kind === 'phone' ? layout.nodes.get(e.to) : undefined;
      if (p)
        nodes.push({
          id: e.to,
          type: 'phone',
          position: { x: p.x, y: p.y },
          data: { target: e.to.slice(PHONE_PREFIX.length) },
        });
    }
    const max = Math.max(1, ...drawn.map((e) => e.count?.total ?? 0));
    const flowEdges: RoutedEdge[] = drawn.flatMap((e) => {
      const points = layout.edges.get(e.id);
      if (!points) return [];
      const look = EDGE_STYLES[e.undeclared ? 'undeclared' : e.kind];
      const total = e.count?.total ?? 0;
      const color = total > 0 && !e.undeclared ? look.takenColor : look.color;
      return [
        {
          id: e.id,
          source: e.from,
          target: e.to,
          type: 'routed',
          data: { points, edge: e },
          markerEnd: {
            type: MarkerType.ArrowClosed,
            color,
            width: 18,
            height: 18,
            markerUnits: 'userSpaceOnUse',
          },
          style: {
            stroke: color,
            strokeWidth: total > 0 ? 1.6 + 2.6 * (total / max) : look.width,
            strokeDasharray: look.dash,
          },
        },
      ];
    });
    return { nodes, flowEdges, aspect: `${Math.round(layout.width)} / ${Math.round(layout.height)}` };
  }, [agents, edges, entry]);

  // The canvas takes the drawing's proportions (within the min and max heights in graph.css), so a
  // tall graph gets height rather than a zoom too small to read.
  return (
    <div className="graph-canvas" data-testid="graph-canvas" style={{ aspectRatio: aspect }}>
      <ReactFlow
        nodes={nodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        fitViewOptions={{ padding: 0.08 }}
        minZoom={0.2}
        maxZoom={1.4}
        nodesConnectable={false}
      >
        <Background gap={20} color="#e2e8f0" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
