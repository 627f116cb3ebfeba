import type { ReactNode } from 'react';
import { requestApiKeyEntry } from '../api/apiKey.ts';
import type { ApiError } from '../api/client.ts';
import { Icon, type IconName } from './Icon.tsx';

/** The API's own message, with what to do about the common cases (no key, wrong key, server down). */
export function ErrorBanner({ error, onRetry }: { error: ApiError | Error; onRetry?: () => void }) {
  const status = 'status' in error ? (error as ApiError).status : null;
  const hint =
    status === 401
      ? 'This server requires an API key (switchboard keys create --tenant NAME). It is kept in this browser only.'
      : status === 403
        ? 'This API key has been revoked: enter another one.'
        : status === 0
          ? 'Check that the Switchboard server is running.'
          : null;
  return (
    <div className="banner banner-error" role="alert">
      <div>
        <strong>{status ? `Error ${status}` : 'Error'}</strong>
        <span className="banner-message">{error.message}</span>
        {hint && <div className="banner-hint">{hint}</div>}
      </div>
      <div className="banner-actions">
        {(status === 401 || status === 403) && (
          <button type="button" className="btn btn-primary btn-small" onClick={requestApiKeyEntry}>
            Enter API key
          </button>
        )}
        {onRetry && (
          <button type="button" className="btn btn-secondary btn-small" onClick={onRetry}>
            Retry
          </button>
        )}
      </div>
    </div>
  );
}

export function EmptyState({
  title,
  children,
  icon = 'chat',
}: {
  title: string;
  children?: ReactNode;
  icon?: IconName;
}) {
  return (
    <div className="empty" data-testid="empty-state">
      <div className="empty-icon">
        <Icon name={icon} size={26} />
      </div>
      <div className="empty-title">{title}</div>
      {children && <div className="empty-body">{children}</div>}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle && <div className="page-subtitle">{subtitle}</div>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}
