// The app frame: sidebar, header with the engine, the banner, and the current page.
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
          <Outlet />
        </main>
      </div>
    </div>
  );
}
