// The app frame: sidebar, header with the engine, the banner, and the current page.
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { PageBoundary } from '../components/lazy-retry';
import { ActivityButton } from '../features/activity/ActivityButton';
import { EngineBadge } from './EngineBadge';
import { EngineBanner } from './EngineBanner';
import { Sidebar } from './Sidebar';

export function Layout() {
  const location = useLocation();
  return (
    <div className="app">
      <Sidebar />
      <div className="main">
        <header className="topbar">
          <EngineBadge />
          <ActivityButton />
        </header>
        <EngineBanner />
        <main className="content">
          {/* Pages load lazily; the frame stays while one arrives, and if one cannot arrive. */}
          <PageBoundary key={location.pathname}>
            <Suspense fallback={null}>
              <Outlet />
            </Suspense>
          </PageBoundary>
        </main>
      </div>
    </div>
  );
}
