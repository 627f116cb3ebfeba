import type { GraphInfo } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';

/** "All graphs" or one served graph: the graph filter of the list and analytics pages. */
export function GraphFilter({ value, onChange }: { value: string; onChange: (graph: string) => void }) {
  const graphs = useApi<{ data: GraphInfo[] }>('/v1/graphs');
  return (
    <select className="select" aria-label="Graph" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">All graphs</option>
      {graphs.data?.data.map((g) => (
        <option key={g.name} value={g.name}>
          {g.name}
        </option>
      ))}
    </select>
  );
}
