import { type FormEvent, useEffect, useRef, useState } from 'react';
import { getApiKey, onApiKeyChange, onApiKeyEntryRequest, setApiKey } from '../api/apiKey.ts';
import { useApi } from '../api/useApi.ts';
import { useInbox } from '../api/useInbox.ts';
import { Link } from '../lib/router.tsx';
import { Icon, type IconName } from './Icon.tsx';

type NavItem = { to: string; label: string; icon: IconName; match: string[] };

const NAV: NavItem[] = [
  { to: '/conversations', label: 'Conversations', icon: 'chat', match: ['/conversations'] },
  { to: '/inbox', label: 'Operator inbox', icon: 'inbox', match: ['/inbox'] },
  { to: '/playground', label: 'Playground', icon: 'play', match: ['/playground'] },
  { to: '/graphs', label: 'Agent graph', icon: 'graph', match: ['/graphs'] },
  { to: '/analytics', label: 'Analytics', icon: 'chart', match: ['/analytics'] },
];

function ApiKeyForm() {
  const [key, setKey] = useState(getApiKey);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => onApiKeyChange(() => setKey(getApiKey())), []);
  useEffect(
    () =>
      onApiKeyEntryRequest(() => {
        setOpen(true);
        // after the form has rendered
        setTimeout(() => input.current?.focus(), 0);
      }),
    [],
  );
  const save = (event: FormEvent) => {
    event.preventDefault();
    setApiKey(key);
    setOpen(false);
  };
  const saved = getApiKey();
  return (
    <div className="sidebar-key">
      <button
        type="button"
        className="sidebar-key-toggle"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
      >
        <span>API key</span>
        <span className={saved ? 'key-state key-set' : 'key-state'}>
          {saved ? `${saved.slice(0, 7)}…` : 'none'}
        </span>
      </button>
      {open && (
        <form onSubmit={save} className="sidebar-key-form">
          <input
            ref={input}
            className="input input-dark"
            type="password"
            autoComplete="off"
            placeholder="sb_…"
            aria-label="API key"
            value={key}
            onChange={(e) => setKey(e.target.value)}
          />
          <div className="sidebar-key-actions">
            <button type="submit" className="btn btn-primary btn-small">
              Save
            </button>
            {saved && (
              <button type="button" className="btn btn-ghost-dark btn-small" onClick={() => setApiKey('')}>
                Forget
              </button>
            )}
          </div>
          <p className="sidebar-hint">
            Needed once the server has keys (switchboard keys create). Kept in this browser only.
          </p>
        </form>
      )}
    </div>
  );
}

export function Sidebar({ path }: { path: string }) {
  // The inbox list's own snapshot: the badge and the list never disagree. Unknown (an error) = no badge.
  const inbox = useInbox();
  const health = useApi<{ status: string }>('/healthz', { pollMs: 15000 });
  const waiting = inbox.data?.length ?? 0;
  return (
    <nav className="sidebar" aria-label="Main">
      <Link to="/conversations" className="brand">
        <span className="brand-mark">
          <Icon name="swap" size={18} />
        </span>
        <span>
          Switchboard
          <small>Operator console</small>
        </span>
      </Link>
      <ul className="nav">
        {NAV.map((item) => {
          const active = item.match.some((m) => path === m || path.startsWith(`${m}/`));
          return (
            <li key={item.to}>
              <Link
                to={item.to}
                className={active ? 'nav-link nav-active' : 'nav-link'}
                aria-current={active ? 'page' : undefined}
              >
                <Icon name={item.icon} size={17} />
                <span className="nav-label">{item.label}</span>
                {item.to === '/inbox' && waiting > 0 && (
                  <span className="nav-count" data-testid="inbox-count">
                    {waiting}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="sidebar-footer">
        <ApiKeyForm />
        <div className="server-state">
          <span
            className={health.error ? 'dot dot-down' : health.data ? 'dot dot-up' : 'dot'}
            aria-hidden="true"
          />
          {health.error ? 'Server unreachable' : health.data ? 'Server online' : 'Checking server…'}
        </div>
      </div>
    </nav>
  );
}
