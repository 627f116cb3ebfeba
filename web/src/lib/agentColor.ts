/*
 * Each agent keeps one colour everywhere (badges, graph nodes, waterfall rows): a hash of its name
 * picks from a palette chosen to stay readable as text on a light tint. Human is always amber.
 */
const PALETTE = ['#4f46e5', '#0891b2', '#059669', '#7c3aed', '#db2777', '#2563eb', '#0d9488', '#9333ea'];
export const HUMAN_COLOR = '#b45309';

export function agentColor(name: string | null | undefined): string {
  if (!name) return '#475569';
  if (name === 'Human') return HUMAN_COLOR;
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}
