import type { LiveStatus } from '../api/useLiveConversation.ts';

const LABEL: Record<LiveStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  off: 'Offline',
};

export function LiveIndicator({ status }: { status: LiveStatus }) {
  return (
    <span className={`live-indicator live-${status}`} data-testid="live-indicator" data-status={status}>
      <span className="live-dot" aria-hidden="true" />
      {LABEL[status]}
    </span>
  );
}
