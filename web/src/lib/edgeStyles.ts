/**
 * How each kind of edge looks, in one place so the canvas and its legend cannot disagree.
 * `color` when declared and not taken yet; `takenColor` once handoffs took it.
 */
export type EdgeLook = { label: string; color: string; takenColor: string; width: number; dash?: string };

export const EDGE_STYLES: Record<string, EdgeLook> = {
  handoff: { label: 'handoff', color: '#94a3b8', takenColor: '#4f46e5', width: 1.4 },
  handback: {
    label: 'handback to the entry',
    color: '#cbd5e1',
    takenColor: '#6366f1',
    width: 1.2,
    dash: '8 4',
  },
  escalation: {
    label: 'escalation to a person',
    color: '#d6a35c',
    takenColor: '#b45309',
    width: 1.1,
    dash: '3 4',
  },
  'agent-tool': {
    label: 'agent used as a tool',
    color: '#0d9488',
    takenColor: '#0d9488',
    width: 1.6,
    dash: '1 3',
  },
  sla: { label: 'SLA escalation', color: '#dc2626', takenColor: '#dc2626', width: 2.6 },
  phone: { label: 'phone transfer', color: '#0369a1', takenColor: '#0369a1', width: 2, dash: '10 3 2 3' },
  undeclared: {
    label: 'not declared (operator handback)',
    color: '#b45309',
    takenColor: '#b45309',
    width: 1.4,
    dash: '2 4',
  },
};

/** The legend's order. */
export const EDGE_KIND_ORDER = [
  'handoff',
  'handback',
  'escalation',
  'agent-tool',
  'sla',
  'phone',
  'undeclared',
];
