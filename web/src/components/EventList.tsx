import type { ConversationEventEntry } from '../api/types.ts';
import { pretty } from '../lib/format.ts';
import { EmptyState } from './States.tsx';

const ms = (value: unknown) => (typeof value === 'number' ? `${(value / 1000).toFixed(1)} s` : '—');

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
    case 'telephony.transfer.started':
      return `${d.from} → ${d.to}: ${d.mode} transfer to ${d.target}`;
    case 'telephony.transfer.answered':
      return `${d.target} answered after ${ms(d.timeToAnswerMs)}`;
    case 'telephony.transfer.completed':
      return d.outcome === 'answered'
        ? `transfer to ${d.target}: answered after ${ms(d.timeToAnswerMs)}`
        : `transfer to ${d.target}: ${d.outcome}, caller back with ${d.returnedTo ?? 'nobody'}`;
    case 'telephony.callback.requested':
      return `callback requested${d.number ? ` to ${d.number}` : ''}: ${d.reason}`;
    case 'telephony.outbound.started':
      return `outbound call to ${d.to}`;
    case 'telephony.outbound.completed':
      return `outbound call: ${d.outcome}${d.answeredBy ? ` (${d.answeredBy})` : ''}`;
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
        // A phone transfer's outcome is read whole (who answered, who has the caller back): it wraps.
        <li key={e.seq} className={e.type.startsWith('telephony.') ? 'event-wrap' : undefined}>
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
