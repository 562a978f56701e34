// Routes and providers.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { api } from './api/client';
import { LiveSync } from './api/live-sync';
import { TRPCProvider } from './api/trpc';
import { ContainersPage } from './features/containers/ContainersPage';
import { EnginePage } from './features/engine/EnginePage';
import { ImagesPage } from './features/images/ImagesPage';
import { Placeholder } from './features/Placeholder';
import { SettingsPage } from './features/settings/SettingsPage';
import { Layout } from './layout/Layout';

export function App() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={api} queryClient={queryClient}>
        <LiveSync />
        <HashRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<Navigate to="/containers" replace />} />
              <Route path="containers" element={<ContainersPage />} />
              <Route path="images" element={<ImagesPage />} />
              <Route
                path="volumes"
                element={<Placeholder titleKey="nav.volumes" command="docker volume ls" />}
              />
              <Route
                path="networks"
                element={<Placeholder titleKey="nav.networks" command="docker network ls" />}
              />
              <Route
                path="compose"
                element={<Placeholder titleKey="nav.compose" command="docker compose ls" />}
              />
              <Route path="engine" element={<EnginePage />} />
              <Route path="settings" element={<SettingsPage />} />
              <Route path="*" element={<Navigate to="/containers" replace />} />
            </Route>
          </Routes>
        </HashRouter>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
