import type { ReactNode } from 'react';

export function Panel({
  title,
  children,
  count,
  actions,
}: {
  title: string;
  children: ReactNode;
  count?: number;
  actions?: ReactNode;
}) {
  return (
    <section className="panel">
      <header className="panel-header">
        <h2>
          {title}
          {count !== undefined && <span className="panel-count">{count}</span>}
        </h2>
        {actions}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
