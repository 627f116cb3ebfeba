import { type FormEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, apiRequest } from '../api/client.ts';
import { sendMessageStreaming } from '../api/sendMessage.ts';
import type { ConversationSummary, GraphInfo, TopologyAgent } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { useConversation } from '../api/useConversation.ts';
import { AgentBadge, StatusBadge } from '../components/Badges.tsx';
import { ContextPanel } from '../components/ContextPanel.tsx';
import { HandoffTrail } from '../components/HandoffTrail.tsx';
import { LiveIndicator } from '../components/LiveIndicator.tsx';
import { Panel } from '../components/Panel.tsx';
import { EmptyState, ErrorBanner, Loading, PageHeader } from '../components/States.tsx';
import { Transcript } from '../components/Transcript.tsx';
import { shortId } from '../lib/format.ts';
import { emptyLiveTurn } from '../lib/liveTurn.ts';
import { Link, navigate, useLocation } from '../lib/router.tsx';
import { buildTimeline } from '../lib/timeline.ts';
import { useAutoScroll } from '../lib/useAutoScroll.ts';
import { CallButton, CallStatus } from '../voice/CallControls.tsx';
import { useVoiceCall } from '../voice/useVoiceCall.ts';

/**
 * Chat with a graph from the browser. The message is sent as a streamed turn; what it does (deltas,
 * handoffs, tools) arrives over the conversation's live WebSocket, exactly as any watcher sees it.
 * "Call" talks to the same conversation by microphone (web/src/voice): the call's turns arrive over
 * that same live WebSocket, and after hanging up the conversation goes on in writing.
 */
export function PlaygroundPage() {
  const { search } = useLocation();
  const graphs = useApi<{ data: GraphInfo[] }>('/v1/graphs');
  // Asked up front so the Call button says what it needs instead of failing after a click.
  const voice = useApi<{ available: boolean; reason: string | null }>('/v1/voice/status');
  const voiceMissing =
    voice.error?.status === 404
      ? 'Calls are not enabled on this server (start it with `switchboard serve`).'
      : voice.data && !voice.data.available
        ? voice.data.reason
        : null;
  const conversationId = search.get('c');
  const graphName = search.get('graph') ?? graphs.data?.data[0]?.name ?? '';
  const conversation = useConversation(conversationId);
  const { data, live, liveStatus } = conversation;
  const [text, setText] = useState('');
  const [sending, setSending] = useState<string | null>(null);
  // How long the transcript was when the message left: once it grows, the turn is committed and
  // the optimistic bubble would show the message twice.
  const [sentAtLength, setSentAtLength] = useState(0);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { call, state: callState } = useVoiceCall();
  const inCall = call.active;
  const timeline = useMemo(() => (data ? buildTimeline(data) : []), [data]);
  const graph = graphs.data?.data.find((g) => g.name === (data?.graph ?? graphName)) ?? null;
  const specialists = ((graph?.topology.agents ?? []) as TopologyAgent[]).filter(
    (a) => !a.human && a.name !== graph?.entry && a.handoffDescription,
  );

  useAutoScroll(scrollRef, `${timeline.length}:${live?.steps.length}:${live?.text.length}:${sending}`);

  const start = async (graphToUse: string) => {
    setStarting(true);
    setFailure(null);
    try {
      const created = await apiRequest<ConversationSummary>('/v1/conversations', {
        method: 'POST',
        body: { graph: graphToUse },
      });
      navigate(`/playground?graph=${encodeURIComponent(graphToUse)}&c=${created.id}`);
      return created.id;
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, String(error)));
      return null;
    } finally {
      setStarting(false);
    }
  };

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    const message = text.trim();
    if (!message || sending) return;
    const id = conversationId ?? (await start(graphName));
    if (!id) return;
    setText('');
    setSentAtLength(timeline.length);
    setSending(message);
    setFailure(null);
    try {
      await sendMessageStreaming(id, message, () => {});
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, String(error)));
      setText(message);
    } finally {
      setSending(null);
      conversation.reload();
    }
  };

  const startCall = () =>
    void call.start({
      graph: data?.graph ?? graphName,
      conversation: async () => conversationId ?? (await start(graphName)),
    });

  // A call's end changes the conversation's status, which no live event announces: read it again.
  const { reload } = conversation;
  useEffect(() => {
    if (callState.phase === 'ended') reload();
  }, [callState.phase, reload]);

  // Another conversation on screen: the last call's outcome belonged to the previous one.
  const callConversation = callState.conversationId;
  useEffect(() => {
    if (callConversation && callConversation !== conversationId) call.reset();
  }, [call, callConversation, conversationId]);

  // A conversation a call ended continues in writing; one closed any other way stays closed.
  const endedByCall = data?.events.some((e) => e.type === 'voice.ended') ?? false;
  const closed = data?.status === 'ended' && !endedByCall;

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void send();
    }
  };

  const optimistic = sending && !live && timeline.length <= sentAtLength ? emptyLiveTurn(sending) : null;
  return (
    <div className="page page-wide playground">
      <PageHeader
        title="Playground"
        subtitle="Chat with a graph as a customer would. Handoffs, tools and context show as they happen."
        actions={
          <>
            <select
              className="select"
              aria-label="Graph"
              value={data?.graph ?? graphName}
              disabled={!graphs.data || inCall}
              onChange={(e) => navigate(`/playground?graph=${encodeURIComponent(e.target.value)}`)}
            >
              {graphs.data?.data.map((g) => (
                <option key={g.name} value={g.name}>
                  {g.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn btn-secondary"
              disabled={starting || !graphName || inCall}
              onClick={() => void start(graphName)}
            >
              New conversation
            </button>
          </>
        }
      />
      {graphs.error && <ErrorBanner error={graphs.error} onRetry={graphs.reload} />}
      {conversation.error && <ErrorBanner error={conversation.error} onRetry={conversation.reload} />}
      <div className="split">
        <div className="card chat-card">
          <div className="chat-head">
            {data ? (
              <>
                <StatusBadge status={data.status} />
                <span>
                  talking to <AgentBadge agent={data.activeAgent} />
                </span>
                <Link to={`/conversations/${data.id}`} className="mono muted-link">
                  {shortId(data.id)} ↗
                </Link>
                <LiveIndicator status={liveStatus} />
              </>
            ) : (
              <span className="muted">A new conversation starts with your first message.</span>
            )}
          </div>
          <div className="chat-scroll" ref={scrollRef}>
            {conversationId && conversation.loading && !data ? (
              <Loading />
            ) : timeline.length === 0 && !live && !optimistic ? (
              <EmptyState title={graph ? `Say hello to ${graph.name}` : 'Pick a graph'} icon="chat">
                {specialists.length > 0 && (
                  <div className="hints">
                    <div>It can hand you to:</div>
                    <ul>
                      {specialists.map((a) => (
                        <li key={a.name}>
                          <AgentBadge agent={a.name} subtle /> {a.handoffDescription}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </EmptyState>
            ) : (
              <Transcript entries={timeline} live={live ?? optimistic} />
            )}
          </div>
          {data?.status === 'awaiting_human' && (
            <div className="banner banner-warning banner-inline">
              <div>An agent escalated this conversation to a person.</div>
              <Link to={`/inbox/${data.id}`} className="btn btn-primary btn-small">
                Answer as operator
              </Link>
            </div>
          )}
          {failure && <ErrorBanner error={failure} />}
          <CallStatus state={callState} />
          <form className="composer" onSubmit={send}>
            <textarea
              className="input composer-input"
              placeholder={
                inCall
                  ? 'On a call: hang up to type'
                  : 'Write a message…  (Enter to send, Shift+Enter for a new line)'
              }
              aria-label="Message"
              rows={2}
              value={text}
              maxLength={20_000}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
              disabled={closed || inCall}
            />
            <CallButton
              state={callState}
              unavailable={voiceMissing}
              disabled={!graphName || starting || Boolean(sending) || closed || voiceMissing !== null}
              onCall={startCall}
              onHangUp={() => call.hangUp()}
            />
            <button
              type="submit"
              className="btn btn-primary"
              disabled={!text.trim() || Boolean(sending) || !graphName || inCall}
            >
              {sending ? 'Sending…' : 'Send'}
            </button>
          </form>
          {voiceMissing && !inCall && (
            <p className="muted composer-note" data-testid="call-unavailable">
              {voiceMissing}
            </p>
          )}
        </div>
        <aside className="side">
          <Panel title="Context">
            {data ? (
              <ContextPanel context={data.context} />
            ) : (
              <EmptyState title="No conversation yet" icon="key" />
            )}
          </Panel>
          <Panel title="Handoff trail" count={data?.handoffs.length}>
            <HandoffTrail handoffs={data?.handoffs ?? []} />
          </Panel>
        </aside>
      </div>
    </div>
  );
}
