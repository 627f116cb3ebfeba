import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { Sidebar } from './components/Sidebar.tsx';
import { EmptyState, Loading } from './components/States.tsx';
import { Link, matchPath, navigate, useLocation } from './lib/router.tsx';
import { ConversationPage } from './pages/ConversationPage.tsx';
import { ConversationsPage } from './pages/ConversationsPage.tsx';
import { InboxPage } from './pages/InboxPage.tsx';
import { PlaygroundPage } from './pages/PlaygroundPage.tsx';
import { TracePage } from './pages/TracePage.tsx';

// The chart and graph libraries are most of the bundle: loaded when their page is first opened.
const AnalyticsPage = lazy(() =>
  import('./pages/AnalyticsPage.tsx').then((m) => ({ default: m.AnalyticsPage })),
);
const GraphPage = lazy(() => import('./pages/GraphPage.tsx').then((m) => ({ default: m.GraphPage })));

type Route = [pattern: string, render: (params: Record<string, string>) => ReactNode];

const ROUTES: Route[] = [
  ['/conversations', () => <ConversationsPage />],
  ['/conversations/:id/traces/:turn', (p) => <TracePage conversationId={p.id} turn={Number(p.turn)} />],
  ['/conversations/:id', (p) => <ConversationPage key={p.id} id={p.id} />],
  ['/inbox', () => <InboxPage id={null} />],
  ['/inbox/:id', (p) => <InboxPage id={p.id} />],
  ['/playground', () => <PlaygroundPage />],
  ['/graphs', () => <GraphPage name={null} />],
  ['/graphs/:name', (p) => <GraphPage key={p.name} name={p.name} />],
  ['/analytics', () => <AnalyticsPage />],
];

function Page({ path }: { path: string }) {
  for (const [pattern, render] of ROUTES) {
    const params = matchPath(pattern, path);
    if (params) return render(params);
  }
  if (path === '/' || path === '') return null;
  return (
    <div className="page">
      <EmptyState title="Page not found" icon="alert">
        Nothing lives at <code>{path}</code>. Go to the <Link to="/conversations">conversations</Link>.
      </EmptyState>
    </div>
  );
}

export function App() {
  const { path } = useLocation();
  useEffect(() => {
    if (path === '/' || path === '') navigate('/conversations', { replace: true });
  }, [path]);
  useEffect(() => {
    const section = path.split('/')[1] ?? '';
    document.title = section ? `${section[0].toUpperCase()}${section.slice(1)} · Switchboard` : 'Switchboard';
  }, [path]);
  return (
    <div className="app">
      <Sidebar path={path} />
      <main className="main">
        <Suspense fallback={<Loading />}>
          <Page path={path} />
        </Suspense>
      </main>
    </div>
  );
}
