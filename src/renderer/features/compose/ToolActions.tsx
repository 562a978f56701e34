// The compose tool's actions on a known project, from the files its labels name: Up (with
// --build / --pull), Pull, and Down (its volumes only when ticked, after naming them).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeToolAction, ComposeProject } from '../../../shared/api/compose';
import { composeToolCommand } from '../../../shared/cli/compose-commands';
import { useVolumes } from '../../api/hooks';
import { CommandLine } from '../../components/CommandLine';
import { Dialog } from '../../components/Dialog';
import { RunStatus } from './RunStatus';
import { useComposeRun } from './use-compose';

export function ToolActions({ project }: { project: ComposeProject }) {
  const { t } = useTranslation();
  const run = useComposeRun();
  const [downOpen, setDownOpen] = useState(false);
  const [withVolumes, setWithVolumes] = useState(false);
  const { data: allVolumes = [] } = useVolumes();
  const volumes = allVolumes.filter((v) => v.labels['com.docker.compose.project'] === project.name);
  const known = project.configFiles.length > 0;
  const start = (action: ComposeToolAction, options: { volumes?: boolean; build?: boolean } = {}) =>
    void run.start({ project: project.name, source: { kind: 'known' }, action, ...options });

  return (
    <div className="compose-tool-actions">
      <div role="group" className="compose-action-buttons" aria-label={t('compose.toolActions')}>
        <button
          type="button"
          className="secondary-button"
          disabled={!known || run.starting}
          onClick={() => start('up')}
        >
          {t('compose.tool.up')}
        </button>
        <button
          type="button"
          className="secondary-button"
          disabled={!known || run.starting}
          onClick={() => start('up', { build: true })}
        >
          {t('compose.tool.upBuild')}
        </button>
        <button
          type="button"
          className="secondary-button"
          disabled={!known || run.starting}
          onClick={() => start('pull')}
        >
          {t('compose.tool.pull')}
        </button>
        <button
          type="button"
          className="secondary-button danger-text"
          disabled={!known || run.starting}
          onClick={() => {
            setWithVolumes(false);
            setDownOpen(true);
          }}
        >
          {t('compose.tool.down')}
        </button>
      </div>
      {!known ? <p className="muted">{t('compose.tool.noFiles')}</p> : null}
      {run.activityId || run.error ? (
        <RunStatus activityId={run.activityId} command={run.command} error={run.error} />
      ) : null}
      {downOpen ? (
        <Dialog
          title={t('compose.down.title', { name: project.name })}
          open
          onClose={() => setDownOpen(false)}
          footer={
            <>
              <button type="button" className="secondary-button" onClick={() => setDownOpen(false)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="danger-button"
                onClick={() => {
                  setDownOpen(false);
                  start('down', { volumes: withVolumes });
                }}
              >
                {t('compose.down.confirm')}
              </button>
            </>
          }
        >
          <p>{t('compose.down.help')}</p>
          {volumes.length > 0 ? (
            <>
              <p>{t('compose.down.volumesKept')}</p>
              <ul className="compose-target-list" aria-label={t('compose.down.volumesLabel')}>
                {volumes.map((volume) => (
                  <li key={volume.id} className="mono">
                    {volume.id}
                  </li>
                ))}
              </ul>
              <label className="compose-options">
                <input
                  type="checkbox"
                  checked={withVolumes}
                  onChange={(event) => setWithVolumes(event.target.checked)}
                />
                {t('compose.down.alsoVolumes', { count: volumes.length })}
              </label>
            </>
          ) : (
            <p className="muted">{t('compose.down.noVolumes')}</p>
          )}
          <CommandLine
            command={composeToolCommand(project.name, project.configFiles, 'down', { volumes: withVolumes })}
          />
        </Dialog>
      ) : null}
    </div>
  );
}
