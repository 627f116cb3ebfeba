import { pretty } from '../lib/format.ts';
import { Icon } from './Icon.tsx';

type Props = {
  tool: string;
  agent: string;
  args: unknown;
  result: unknown;
  hasResult: boolean;
  replayed?: boolean;
  pending?: boolean;
};

function summary(args: unknown): string {
  if (args && typeof args === 'object') {
    const parts = Object.entries(args as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
    const text = parts.join(', ');
    return text.length > 90 ? `${text.slice(0, 89)}…` : text;
  }
  return args === undefined || args === null ? '' : String(args);
}

/** A tool call, collapsed to one line (name and arguments); expands to the arguments and the result. */
export function ToolCall({ tool, agent, args, result, hasResult, replayed = false, pending = false }: Props) {
  const failed =
    hasResult &&
    result !== null &&
    typeof result === 'object' &&
    'error' in (result as Record<string, unknown>);
  return (
    <details className="tool-call" data-testid="tool-call" data-tool={tool}>
      <summary>
        <span className="tool-icon">
          <Icon name="tool" size={13} />
        </span>
        <code className="tool-name">{tool}</code>
        <span className="tool-args">{summary(args)}</span>
        <span className="tool-meta">
          {pending && !hasResult && <span className="tool-tag tool-tag-pending">running</span>}
          {replayed && (
            <span
              className="tool-tag"
              title="A retried turn got the recorded result: the side effect did not run twice"
            >
              replayed
            </span>
          )}
          {failed && <span className="tool-tag tool-tag-error">error</span>}
          <span className="tool-agent">{agent}</span>
        </span>
      </summary>
      <div className="tool-body">
        <div className="tool-section">
          <div className="tool-section-title">Arguments</div>
          <pre>{pretty(args)}</pre>
        </div>
        <div className="tool-section">
          <div className="tool-section-title">Result</div>
          <pre>{hasResult ? pretty(result) : 'no result recorded'}</pre>
        </div>
      </div>
    </details>
  );
}
