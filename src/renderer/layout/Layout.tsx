// The app frame: sidebar, header with the engine, the banner, and the current page.
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { ActivityButton } from '../features/activity/ActivityButton';
import { EngineBadge } from './EngineBadge';
import { EngineBanner } from './EngineBanner';
import { Sidebar } from './Sidebar';

export function Layout() {
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
          {/* Pages load lazily; the frame stays while one arrives. */}
          <Suspense fallback={null}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
