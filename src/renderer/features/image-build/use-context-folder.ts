// The Build dialog's uploaded folder (web mode): choosing it (planned at once, so the user sees
// what will be sent), and sending it before the build starts, with progress and cancel.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOAD_MAX_BYTES } from '@shared/api/images-build';
import { formatBinaryBytes } from '@shared/format/bytes';
import { useTRPCClient } from '@renderer/api/trpc';
import { uploadBlob } from '@renderer/api/upload-blob';
import { chosenFolder, folderTar, planFolder, type FolderPlan } from './upload-folder';

export type SendResult =
  { uploadId: string } | { error: { field: 'context' | 'dockerfile'; message: string } } | null;

export function useContextFolder() {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const [folder, setFolder] = useState<FolderPlan | null>(null);
  const [reading, setReading] = useState(false);
  const [sending, setSending] = useState<{ done: number; total: number } | null>(null);
  const cancelled = useRef(false);

  /** Why this plan cannot be sent, in words, or null. */
  const problem = useCallback(
    (plan: FolderPlan, dockerfile: string) => {
      if (plan.problem)
        return {
          field: 'dockerfile' as const,
          message: t('imageBuild.errors.dockerfileMissing', { file: dockerfile, folder: plan.folder.name }),
        };
      if (plan.send.length === 0) return { field: 'context' as const, message: t('imageBuild.folder.empty') };
      if (folderTar(plan).size > LOAD_MAX_BYTES)
        return {
          field: 'context' as const,
          message: t('imageBuild.folder.tooBig', { max: formatBinaryBytes(LOAD_MAX_BYTES) }),
        };
      return null;
    },
    [t],
  );

  /** Plans the picked folder; returns the problem to show, if any. */
  const choose = useCallback(
    async (files: FileList, dockerfile: string) => {
      const chosen = chosenFolder(files);
      if (!chosen) return { field: 'context' as const, message: t('imageBuild.folder.empty') };
      setReading(true);
      try {
        const plan = await planFolder(client, chosen, dockerfile);
        setFolder(plan);
        return problem(plan, dockerfile);
      } catch (error) {
        return { field: 'context' as const, message: (error as Error).message };
      } finally {
        setReading(false);
      }
    },
    [client, problem, t],
  );

  /** Plans again (the Dockerfile may have changed) and sends the folder. */
  const send = useCallback(
    async (dockerfile: string): Promise<SendResult> => {
      if (!folder) return null;
      cancelled.current = false;
      try {
        const plan = await planFolder(client, folder.folder, dockerfile);
        setFolder(plan);
        const refused = problem(plan, dockerfile);
        if (refused) return { error: refused };
        const tar = folderTar(plan);
        setSending({ done: 0, total: tar.size });
        const uploadId = await uploadBlob(client, tar, `${plan.folder.name}.tar`, {
          onProgress: (done, total) => setSending({ done, total }),
          cancelled: () => cancelled.current,
        });
        return uploadId === null ? null : { uploadId };
      } catch (error) {
        return { error: { field: 'context', message: (error as Error).message } };
      } finally {
        setSending(null);
      }
    },
    [client, folder, problem],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);
  const clear = useCallback(() => setFolder(null), []);

  return { folder, reading, sending, choose, send, cancel, clear };
}
