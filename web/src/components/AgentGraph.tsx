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
import { type EdgeRoute, edgeGeometry, edgeRoute, layoutGraph } from '../lib/graphLayout.ts';
import { Icon } from './Icon.tsx';

const NODE_HEIGHT = 64;

type AgentNodeData = { agent: TopologyAgent; entry: boolean; inbound: number };
type AgentNode = Node<AgentNodeData, 'agent'>;

type CountedEdgeData = {
  route: EdgeRoute;
  bounds: { top: number; bottom: number };
  labelAt: number;
  edge: EdgeCount;
};
type CountedEdge = Edge<CountedEdgeData, 'counted'>;

const HANDLES: {
  id: string;
  type: 'source' | 'target';
  position: Position;
  style: Record<string, string>;
}[] = [
  { id: 'l-in', type: 'target', position: Position.Left, style: { top: '35%' } },
  { id: 'l-out', type: 'source', position: Position.Left, style: { top: '65%' } },
  { id: 'r-out', type: 'source', position: Position.Right, style: { top: '35%' } },
  { id: 'r-in', type: 'target', position: Position.Right, style: { top: '65%' } },
  { id: 't-out', type: 'source', position: Position.Top, style: { left: '35%' } },
  { id: 't-in', type: 'target', position: Position.Top, style: { left: '65%' } },
  { id: 'b-out', type: 'source', position: Position.Bottom, style: { left: '35%' } },
  { id: 'b-in', type: 'target', position: Position.Bottom, style: { left: '65%' } },
];

function AgentNodeView({ data }: NodeProps<AgentNode>) {
  const { agent, entry, inbound } = data;
  const color = agentColor(agent.name);
  return (
    <div
      className={`graph-node${agent.human ? ' graph-node-human' : ''}`}
      style={{ borderColor: color }}
      data-testid="graph-node"
      data-agent={agent.name}
    >
      {HANDLES.map((h) => (
        <Handle
          key={h.id}
          id={h.id}
          type={h.type}
          position={h.position}
          style={h.style}
          className="graph-handle"
        />
      ))}
      <div className="graph-node-title" style={{ color }}>
        {agent.human && <Icon name="person" size={14} />}
        {agent.name}
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

function labelOf(edge: EdgeCount): string {
  const extra = [
    edge.counts.fallback > 0 ? `${edge.counts.fallback} by policy` : null,
    edge.counts.rejected > 0 ? `${edge.counts.rejected} refused` : null,
  ].filter(Boolean);
  return extra.length > 0 ? `${edge.total} (${extra.join(', ')})` : String(edge.total);
}

function CountedEdgeView(props: EdgeProps<CountedEdge>) {
  const { sourceX, sourceY, targetX, targetY, data, markerEnd, style } = props;
  if (!data) return null;
  const { path, label } = edgeGeometry(
    data.route,
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
    data.bounds,
    data.labelAt,
  );
  const { edge } = data;
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} style={style} />
      {edge.total > 0 && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label${edge.declared ? '' : ' edge-label-undeclared'}${edge.counts.fallback > 0 ? ' edge-label-policy' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)` }}
            data-testid="edge-label"
            data-edge={`${edge.from}->${edge.to}`}
            data-total={edge.total}
            title={`${edge.from} → ${edge.to}: ${edge.counts.handoff} handoffs, ${edge.counts.fallback} by policy, ${edge.counts.rejected} refused`}
          >
            {labelOf(edge)}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

const nodeTypes = { agent: AgentNodeView };
const edgeTypes = { counted: CountedEdgeView };

/**
 * The agent graph: a node per agent, an edge per declared handoff, labelled with how many handoffs
 * took it (thicker = taken more). Every agent's escalation edge to Human is drawn once it is used
 * (dashed); edges taken without being declared (an operator's handback) are dotted amber.
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
  const { nodes, flowEdges } = useMemo(() => {
    const placed = layoutGraph(agents, edges, entry);
    const ys = [...placed.values()].map((p) => p.y);
    const bounds = { top: Math.min(...ys), bottom: Math.max(...ys) + NODE_HEIGHT };
    const inbound = new Map<string, number>();
    for (const e of edges) inbound.set(e.to, (inbound.get(e.to) ?? 0) + e.counts.handoff + e.counts.fallback);
    const nodes: AgentNode[] = agents.map((agent) => {
      const p = placed.get(agent.name);
      return {
        id: agent.name,
        type: 'agent',
        position: { x: p?.x ?? 0, y: p?.y ?? 0 },
        data: { agent, entry: agent.name === entry, inbound: inbound.get(agent.name) ?? 0 },
      };
    });
    const drawn = edges.filter((e) => !(e.system && e.total === 0) && placed.has(e.from) && placed.has(e.to));
    const keys = new Set(drawn.map((e) => `${e.from}->${e.to}`));
    const max = Math.max(1, ...drawn.map((e) => e.total));
    const flowEdges: CountedEdge[] = drawn.map((e) => {
      const { route, sourceHandle, targetHandle } = edgeRoute(
        placed.get(e.from) as NonNullable<ReturnType<typeof placed.get>>,
        placed.get(e.to) as NonNullable<ReturnType<typeof placed.get>>,
      );
      const used = e.total > 0;
      const color = !e.declared ? '#b45309' : used ? '#4f46e5' : '#a3aec2';
      return {
        id: `${e.from}->${e.to}`,
        source: e.from,
        target: e.to,
        sourceHandle,
        targetHandle,
        type: 'counted',
        // Both directions drawn: each label moves toward its own source so the two never overlap.
        data: { route, bounds, labelAt: keys.has(`${e.to}->${e.from}`) ? 0.36 : 0.5, edge: e },
        markerEnd: {
          type: MarkerType.ArrowClosed,
          color,
          width: 20,
          height: 20,
          markerUnits: 'userSpaceOnUse',
        },
        style: {
          stroke: color,
          strokeWidth: used ? 1.6 + 2.6 * (e.total / max) : 1.3,
          strokeDasharray: !e.declared ? '2 4' : e.system ? '6 5' : undefined,
        },
      };
    });
    return { nodes, flowEdges };
  }, [agents, edges, entry]);

  return (
    <div className="graph-canvas" data-testid="graph-canvas">
      <ReactFlow
        nodes={nodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        fitViewOptions={{ padding: 0.12 }}
        minZoom={0.3}
        maxZoom={1.6}
        nodesConnectable={false}
      >
        <Background gap={20} color="#e2e8f0" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
