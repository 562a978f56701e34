// The build context: a folder path where the backend runs (with the OS picker on the desktop),
// or, in web mode, a folder uploaded from this computer (its plan shown before anything is sent).
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBinaryBytes } from '@shared/format/bytes';
import { transport } from '@renderer/api/client';
import { useTRPC } from '@renderer/api/trpc';
import type { FolderPlan } from './upload-folder';

export interface ContextFieldProps {
  id: string;
  value: string;
  error: string | null;
  /** The uploaded folder's plan, when one is chosen (web mode). */
  folder: FolderPlan | null;
  reading: boolean;
  onChange: (context: string) => void;
  onBlur: () => void;
  onPick: () => void;
  onFolderFiles: (files: FileList) => void;
  onClearFolder: () => void;
}

export function ContextField(props: ContextFieldProps) {
  const { id, value, error, folder, reading } = props;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const policy = useQuery(trpc.settings.policy.queryOptions()).data;
  const picker = useRef<HTMLInputElement | null>(null);
  const desktop = transport === 'ipc';
  const where = desktop ? t('imageBuild.whereDesktop') : t('imageBuild.whereServer');
  // Web mode builds server folders only under the operator's --build-root folders: say which.
  const help = !policy?.webMode
    ? t('imageBuild.contextHelp', { where })
    : policy.buildRoots.length === 0
      ? t('imageBuild.errors.contextNoRoots')
      : t('imageBuild.contextHelpRoots', { roots: policy.buildRoots.join(', ') });
  const described = `${id}-context-help ${id}-context-error`;

  return (
    <div className="field">
      <label htmlFor={`${id}-context`}>{t('imageBuild.context')}</label>
      {folder ? (
        <div className="build-folder" id={`${id}-context`} role="status" aria-describedby={described}>
          <p className="mono">
            {t('imageBuild.folder.chosen', {
              name: folder.folder.name,
              count: folder.send.length,
              size: formatBinaryBytes(folder.bytes),
            })}
          </p>
          {folder.ignored > 0 ? <p>{t('imageBuild.folder.ignored', { count: folder.ignored })}</p> : null}
          <p className="help">{t('imageBuild.folder.modes')}</p>
          <button type="button" className="link-button" onClick={props.onClearFolder}>
            {t('imageBuild.folder.clear')}
          </button>
        </div>
      ) : (
        <div className="build-context-row">
          <input
            id={`${id}-context`}
            className="mono"
            value={value}
            placeholder={t('imageBuild.contextPlaceholder')}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            spellCheck={false}
            onChange={(event) => props.onChange(event.target.value)}
            onBlur={props.onBlur}
          />
          {desktop ? (
            <button
              type="button"
              className="secondary-button"
              aria-label={t('imageBuild.folder.chooseLabel')}
              onClick={props.onPick}
            >
              {t('imageBuild.folder.choose')}
            </button>
          ) : (
            <>
              <button
                type="button"
                className="secondary-button"
                aria-label={t('imageBuild.folder.uploadLabel')}
                disabled={reading}
                onClick={() => picker.current?.click()}
              >
                {reading ? t('imageBuild.folder.reading') : t('imageBuild.folder.upload')}
              </button>
              <input
                ref={(input) => {
                  picker.current = input;
                  // Not in React's typings: the browser's folder picker.
                  input?.setAttribute('webkitdirectory', '');
                }}
                type="file"
                hidden
                data-testid="build-folder-input"
                onChange={(event) => {
                  if (event.target.files?.length) props.onFolderFiles(event.target.files);
                  event.target.value = '';
                }}
              />
            </>
          )}
        </div>
      )}
      <p id={`${id}-context-help`} className="help">
        {folder ? null : desktop ? help : `${help} ${t('imageBuild.folder.uploadHelp')}`}
      </p>
      {error ? (
        <p id={`${id}-context-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
