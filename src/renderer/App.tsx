// Routes and providers.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { api } from './api/client';
import { lazyRetry } from './components/lazy-retry';
import { LiveSync } from './api/live-sync';
import { TRPCProvider } from './api/trpc';
import { ContainersPage } from './features/containers/ContainersPage';
import { RunDialogProvider } from './features/run-dialog/RunDialogProvider';
import { Layout } from './layout/Layout';

// The first page loads with the app; the others (and their heavy libraries: xterm, recharts,
// and the forms' schemas) load when first opened, so startup stays fast.
const ImagesPage = lazyRetry(
  () => import('./features/images/ImagesPage'),
  (m) => m.ImagesPage,
);
const ContainerDetailsPage = lazyRetry(
  () => import('./features/container-details/ContainerDetailsPage'),
  (m) => m.ContainerDetailsPage,
);
const ImageDetailsPage = lazyRetry(
  () => import('./features/image-details/ImageDetailsPage'),
  (m) => m.ImageDetailsPage,
);
const HubSearchPage = lazyRetry(
  () => import('./features/image-search/HubSearchPage'),
  (m) => m.HubSearchPage,
);
const AppsPage = lazyRetry(
  () => import('./features/compose/AppsPage'),
  (m) => m.AppsPage,
);
const ProjectPage = lazyRetry(
  () => import('./features/compose/ProjectPage'),
  (m) => m.ProjectPage,
);
const EnginePage = lazyRetry(
  () => import('./features/engine/EnginePage'),
  (m) => m.EnginePage,
);
const SettingsPage = lazyRetry(
  () => import('./features/settings/SettingsPage'),
  (m) => m.SettingsPage,
);
const VolumesPage = lazyRetry(
  () => import('./features/volumes/VolumesPage'),
  (m) => m.VolumesPage,
);
const NetworksPage = lazyRetry(
  () => import('./features/networks/NetworksPage'),
  (m) => m.NetworksPage,
);

const SystemPage = lazyRetry(
  () => import('./features/system/SystemPage'),
  (m) => m.SystemPage,
);

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
                <Route path="compose" element={<AppsPage />} />
                <Route path="compose/:project/*" element={<ProjectPage />} />
                <Route path="engine" element={<EnginePage />} />
                <Route path="system" element={<SystemPage />} />
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
