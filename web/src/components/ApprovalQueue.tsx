import { useState } from 'react';
import { ApiError, apiRequest } from '../api/client.ts';
import type { Approval, ApprovalDecision } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { dateTime, shortId, timeAgo } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { AgentBadge } from './Badges.tsx';
import { ErrorBanner } from './States.tsx';

/**
 * Tool calls waiting for a person (docs/approvals.md): what the agent wants to run and why it needs a
 * decision. Approve runs the call once and the agent tells the customer; deny passes the note on.
 */
export function ApprovalQueue({ onDecided }: { onDecided?: () => void }) {
  const pending = useApi<{ data: Approval[] }>('/v1/approvals?limit=200', { pollMs: 4000 });
  const [outcome, setOutcome] = useState<string | null>(null);
  const rows = pending.data?.data ?? [];
  const decided = (message: string) => {
    setOutcome(message);
    pending.reload();
    onDecided?.();
  };
  if (pending.error) return <ErrorBanner error={pending.error} onRetry={pending.reload} />;
  if (rows.length === 0 && !outcome) return null;
  return (
    <section className="card approvals" data-testid="approval-queue" aria-label="Approvals">
      <h2 className="approvals-title">
        Approvals <span className="muted">· {rows.length} waiting for a decision</span>
      </h2>
      {outcome && (
        <p className="inline-notice" role="status" data-testid="approval-outcome">
          {outcome}
        </p>
      )}
      <ul className="approval-list">
        {rows.map((a) => (
          <ApprovalCard key={a.id} approval={a} onDecided={decided} />
        ))}
      </ul>
    </section>
  );
}

function ApprovalCard({ approval, onDecided }: { approval: Approval; onDecided: (message: string) => void }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const decide = async (verb: 'approve' | 'deny') => {
    setBusy(true);
    setError(null);
    try {
      const answer = await apiRequest<ApprovalDecision>(
        `/v1/approvals/${encodeURIComponent(approval.id)}/${verb}`,
        { method: 'POST', body: note.trim() ? { note: note.trim() } : {} },
      );
      const said = answer.turn ? ` ${answer.turn.agent} told the customer: “${answer.turn.reply}”` : '';
      onDecided(
        `${verb === 'approve' ? 'Approved' : 'Denied'} ${approval.tool} (${shortId(approval.id)}).${said}`,
      );
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, String(failure)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="approval" data-approval={approval.id}>
      <div className="approval-head">
        <strong className="mono">{approval.tool}</strong>
        <span>
          asked by <AgentBadge agent={approval.agent} subtle />
        </span>
        <Link to={`/conversations/${approval.conversationId}`} className="mono">
          {shortId(approval.conversationId)}
        </Link>
        <span className="muted" title={`waiting since ${dateTime(approval.createdAt)}`}>
          {timeAgo(approval.createdAt)}
        </span>
      </div>
      <p className="approval-reason">{approval.reason}</p>
      <pre className="approval-args mono">{JSON.stringify(approval.arguments, null, 1)}</pre>
      {error && <ErrorBanner error={error} />}
      <div className="approval-actions">
        <input
          className="input input-small"
          aria-label="Note"
          placeholder="Note (a denial's note is told to the customer)"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={2000}
        />
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => decide('approve')}>
          Approve
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => decide('deny')}>
          Deny
        </button>
      </div>
    </li>
  );
}
