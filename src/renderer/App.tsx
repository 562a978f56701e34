// Routes and providers.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, useState } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { api } from './api/client';
import { LiveSync } from './api/live-sync';
import { TRPCProvider } from './api/trpc';
import { ContainersPage } from './features/containers/ContainersPage';
import { Placeholder } from './features/Placeholder';
import { RunDialogProvider } from './features/run-dialog/RunDialogProvider';
import { Layout } from './layout/Layout';

// The first page loads with the app; the others (and their heavy libraries: xterm, recharts,
// and the forms' schemas) load when first opened, so startup stays fast.
const ImagesPage = lazy(() =>
  import('./features/images/ImagesPage').then((m) => ({ default: m.ImagesPage })),
);
const ContainerDetailsPage = lazy(() =>
  import('./features/container-details/ContainerDetailsPage').then((m) => ({
    default: m.ContainerDetailsPage,
  })),
);
const ImageDetailsPage = lazy(() =>
  import('./features/image-details/ImageDetailsPage').then((m) => ({ default: m.ImageDetailsPage })),
);
const HubSearchPage = lazy(() =>
  import('./features/image-search/HubSearchPage').then((m) => ({ default: m.HubSearchPage })),
);
const EnginePage = lazy(() =>
  import('./features/engine/EnginePage').then((m) => ({ default: m.EnginePage })),
);
const SettingsPage = lazy(() =>
  import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const VolumesPage = lazy(() =>
  import('./features/volumes/VolumesPage').then((m) => ({ default: m.VolumesPage })),
);
const NetworksPage = lazy(() =>
  import('./features/networks/NetworksPage').then((m) => ({ default: m.NetworksPage })),
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
