// Routes and providers.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { api } from './api/client';
import { LiveSync } from './api/live-sync';
import { TRPCProvider } from './api/trpc';
import { ContainerDetailsPage } from './features/container-details/ContainerDetailsPage';
import { ContainersPage } from './features/containers/ContainersPage';
import { EnginePage } from './features/engine/EnginePage';
import { ImageDetailsPage } from './features/image-details/ImageDetailsPage';
import { HubSearchPage } from './features/image-search/HubSearchPage';
import { ImagesPage } from './features/images/ImagesPage';
import { NetworksPage } from './features/networks/NetworksPage';
import { Placeholder } from './features/Placeholder';
import { RunDialogProvider } from './features/run-dialog/RunDialogProvider';
import { SettingsPage } from './features/settings/SettingsPage';
import { VolumesPage } from './features/volumes/VolumesPage';
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
          <RunDialogProvider>
            <Routes>
              <Route element={<Layout />}>
                <Route index element={<Navigate to="/containers" replace />} />
                <Route path="containers" element={<ContainersPage />} />
                <Route path="containers/:id/*" element={<ContainerDetailsPage />} />
                <Route path="images" element={<ImagesPage />} />
                <Route path="images/search" element={<HubSearchPage />} />
                <Route path="images/:id/*" element={<ImageDetailsPage />} />
                <Route path="volumes" element={<VolumesPage />} />
                <Route path="networks" element={<NetworksPage />} />
                <Route
                  path="compose"
                  element={<Placeholder titleKey="nav.compose" command="docker compose ls" />}
                />
                <Route path="engine" element={<EnginePage />} />
                <Route path="settings" element={<SettingsPage />} />
                <Route path="*" element={<Navigate to="/containers" replace />} />
              </Route>
            </Routes>
          </RunDialogProvider>
        </HashRouter>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
