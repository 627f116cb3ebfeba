import { type FormEvent, useState } from 'react';
import { ApiError, apiRequest } from '../api/client.ts';
import type { ConversationDetail, ConversationSummary, GraphInfo, TopologyAgent } from '../api/types.ts';
import { inboxChanged } from '../api/useInbox.ts';
import { ErrorBanner } from './States.tsx';

const OPERATOR_KEY = 'switchboard.operator';

function readOperator(): string {
  try {
    return localStorage.getItem(OPERATOR_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberOperator(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(OPERATOR_KEY, name.trim());
  } catch {
    // storage disabled: asked again next time
  }
}

/** The agent that escalated: where the conversation most likely goes back to. */
export function escalatingAgent(detail: ConversationDetail): string | null {
  const last = [...detail.handoffs]
    .reverse()
    .find((h) => h.to === detail.activeAgent && h.kind !== 'rejected');
  return last?.from ?? null;
}

type Done = (summary: ConversationSummary) => void;

/** POSTs an operator action; the API's message on failure. */
function useOperatorAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (path: string, body: unknown): Promise<ConversationSummary | null> => {
    setBusy(true);
    setError(null);
    try {
      const summary = await apiRequest<ConversationSummary>(path, { method: 'POST', body });
      inboxChanged();
      return summary;
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, String(failure)));
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/** The operator's composer: answers the customer as a person while the conversation awaits a human. */
export function OperatorReply({ detail, onDone }: { detail: ConversationDetail; onDone: Done }) {
  const [operator, setOperator] = useState(readOperator);
  const [text, setText] = useState('');
  const { busy, error, run } = useOperatorAction();
  const awaiting = detail.status === 'awaiting_human';

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    rememberOperator(operator);
    const summary = await run(`/v1/conversations/${encodeURIComponent(detail.id)}/operator-messages`, {
      text,
      ...(operator.trim() ? { operator: operator.trim() } : {}),
    });
    if (summary) {
      setText('');
      onDone(summary);
    }
  };

  return (
    <form className="operator-reply" onSubmit={send} data-testid="operator-reply">
      {error && <ErrorBanner error={error} />}
      <textarea
        className="input"
        rows={2}
        aria-label="Operator reply"
        placeholder={
          awaiting
            ? 'Reply to the customer as a person…'
            : 'Replies are possible while the conversation awaits a human'
        }
        value={text}
        onChange={(e) => setText(e.target.value)}
        disabled={!awaiting}
        maxLength={20_000}
      />
      <div className="operator-reply-bar">
        <label className="field-inline">
          <span>Signed</span>
          <input
            className="input input-small"
            aria-label="Operator name"
            value={operator}
            onChange={(e) => setOperator(e.target.value)}
            placeholder="operator"
            maxLength={100}
          />
        </label>
        <button type="submit" className="btn btn-primary" disabled={!awaiting || !text.trim() || busy}>
          {busy ? 'Sending…' : 'Send as human'}
        </button>
      </div>
    </form>
  );
}

/** Hands the conversation back to any agent of its graph (default: the one that escalated). */
export function HandBack({
  detail,
  graph,
  onDone,
}: {
  detail: ConversationDetail;
  graph: GraphInfo | null;
  onDone: Done;
}) {
  const agents = ((graph?.topology.agents ?? []) as TopologyAgent[])
    .filter((a) => !a.human)
    .map((a) => a.name);
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useOperatorAction();
  const target = chosen ?? escalatingAgent(detail) ?? graph?.entry ?? agents[0] ?? '';

  const handBack = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    const summary = await run(`/v1/conversations/${encodeURIComponent(detail.id)}/handback`, {
      agent: target,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
    if (summary) {
      setReason('');
      onDone(summary);
    }
  };

  return (
    <form className="operator-form" onSubmit={handBack} data-testid="handback">
      {error && <ErrorBanner error={error} />}
      <label className="field">
        <span>Agent</span>
        <select
          className="select"
          aria-label="Hand back to"
          value={target}
          onChange={(e) => setChosen(e.target.value)}
        >
          {agents.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Reason (recorded in the handoff trail)</span>
        <input
          className="input"
          aria-label="Handback reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="e.g. refund approved"
          maxLength={500}
        />
      </label>
      <button
        type="submit"
        className="btn btn-secondary"
        disabled={!target || busy || detail.status === 'ended'}
      >
        {busy ? 'Handing back…' : `Hand back to ${target || '…'}`}
      </button>
    </form>
  );
}
