import { pretty } from '../lib/format.ts';
import { EmptyState } from './States.tsx';

/** The conversation's structured context (what every agent knows without asking again). */
export function ContextPanel({ context }: { context: Record<string, unknown> }) {
  const entries = Object.entries(context).filter(([, v]) => v !== undefined);
  if (entries.length === 0)
    return (
      <EmptyState title="No context yet" icon="key">
        Fields appear as tools and agents learn them (account, invoice, booking…).
      </EmptyState>
    );
  return (
    <dl className="kv" data-testid="context">
      {entries.map(([key, value]) => (
        <div key={key} className="kv-row">
          <dt>{key}</dt>
          <dd>
            {typeof value === 'object' && value !== null ? (
              <pre>{pretty(value)}</pre>
            ) : (
              <code>{String(value)}</code>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
