import type { ConversationEventEntry } from '../api/types.ts';
import { pretty } from '../lib/format.ts';
import { EmptyState } from './States.tsx';

function describe(event: ConversationEventEntry): string {
  const d = event.data as Record<string, any>;
  switch (event.type) {
    case 'routing.decision':
      return `${d.agent} → ${d.target ?? 'stay'} (${d.path}${typeof d.confidence === 'number' ? `, ${(d.confidence * 100).toFixed(0)}%` : ''})`;
    case 'tool.call':
      return `${d.agent} called ${d.tool}`;
    case 'tool.result':
      return `${d.tool} answered${d.replayed ? ' (replayed)' : ''}`;
    case 'turn.metrics':
      return `${typeof d.durationMs === 'number' ? `${Math.round(d.durationMs)} ms` : ''} · ${d.usage?.requests ?? 0} model calls`;
    case 'operator.message':
      return `operator ${d.operator} replied`;
    case 'policy.tripped':
      return `${d.code}: ${d.message}`;
    default:
      return typeof d.message === 'string' ? d.message : '';
  }
}

/** The stored events (routing decisions, tools, policy trips…), each expandable to its data. */
export function EventList({ events }: { events: ConversationEventEntry[] }) {
  if (events.length === 0) return <EmptyState title="No events yet" icon="trace" />;
  return (
    <ul className="events" data-testid="events">
      {events.map((e) => (
        <li key={e.seq}>
          <details>
            <summary>
              <span className="event-turn">T{e.turn}</span>
              <code className={`event-type event-${e.type.split('.')[0]}`}>{e.type}</code>
              <span className="event-text">{describe(e)}</span>
            </summary>
            <pre>{pretty(e.data)}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
