import { lazy, Suspense } from 'react';
import { Home } from './home/Home';
import { Link, usePath } from './router';

// Everything but the home page loads on demand: the first load stays small.
const HowToPlay = lazy(() => import('./home/HowToPlay'));
const HotSeatPage = lazy(() => import('./hotseat/HotSeatPage'));
const MatchPage = lazy(() => import('./online/MatchPage'));
const ClassroomRoutes = lazy(() => import('./classroom/ClassroomRoutes'));
const LearnRoutes = lazy(() => import('./learn/LearnRoutes'));
const TeachPage = lazy(() => import('./teach/TeachPage'));
const ReplayPage = lazy(() => import('./replay/ReplayPage'));

function NotFound() {
  return (
    <main className="page narrow" id="main">
      <h1>Page not found</h1>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </main>
  );
}

function Loading() {
  return (
    <div className="loading" role="status">
      Loading…
    </div>
  );
}

export function route(path: string) {
  if (path === '/' || path === '') return <Home />;
  if (path === '/rules') return <HowToPlay />;
  if (path === '/hotseat') return <HotSeatPage />;
  if (path === '/learn' || path.startsWith('/learn/')) return <LearnRoutes path={path} />;
  if (path === '/teach' || path === '/teach/') return <TeachPage />;
  const replay = /^\/match\/([^/]+)\/replay\/?$/.exec(path);
  if (replay?.[1]) return <ReplayPage key={replay[1]} matchID={decodeURIComponent(replay[1])} />;
  const match = /^\/match\/([^/]+)\/?$/.exec(path);
  if (match?.[1]) return <MatchPage key={match[1]} matchID={decodeURIComponent(match[1])} />;
  if (path === '/join' || path.startsWith('/join/') || path === '/class' || path.startsWith('/class/')) return <ClassroomRoutes path={path} />;
  return <NotFound />;
}

export function App() {
  const path = usePath();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Suspense fallback={<Loading />}>{route(path)}</Suspense>
    </>
  );
}
