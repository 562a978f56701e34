// The compose tool's actions on a known project, from the files its labels name: Up (with
// --build / --pull), Pull, and Down (its volumes only when ticked, after naming them).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeToolAction, ComposeProject } from '@shared/api/compose';
import { composeToolCommand } from '@shared/cli/compose-commands';
import { useVolumes } from '@renderer/api/hooks';
import { CommandLine } from '@renderer/components/CommandLine';
import { ConfirmDialog } from '@renderer/components/Dialog';
import { RunStatus } from './RunStatus';
import { AffectedNames } from './AffectedNames';
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
  const openDown = () => {
    setWithVolumes(false);
    setDownOpen(true);
  };
  // Each button's label, what it does, and whether it destroys something.
  const buttons: [string, () => void, boolean][] = [
    [t('compose.tool.up'), () => start('up'), false],
    [t('compose.tool.upBuild'), () => start('up', { build: true }), false],
    [t('compose.tool.pull'), () => start('pull'), false],
    [t('compose.tool.down'), openDown, true],
  ];

  return (
    <div className="compose-tool-actions">
      <div role="group" className="compose-action-buttons" aria-label={t('compose.toolActions')}>
        {buttons.map(([label, onClick, danger]) => (
          <button
            key={label}
            type="button"
            className={danger ? 'secondary-button danger-text' : 'secondary-button'}
            disabled={!known || run.starting}
            onClick={onClick}
          >
            {label}
          </button>
        ))}
      </div>
      {!known ? <p className="muted">{t('compose.tool.noFiles')}</p> : null}
      {run.activityId || run.error ? (
        <RunStatus activityId={run.activityId} command={run.command} error={run.error} />
      ) : null}
      {downOpen ? (
        <ConfirmDialog
          title={t('compose.down.title', { name: project.name })}
          width={640}
          onClose={() => setDownOpen(false)}
          confirm={{
            label: t('compose.down.confirm'),
            danger: true,
            onClick: () => {
              setDownOpen(false);
              start('down', { volumes: withVolumes });
            },
          }}
        >
          <p>{t('compose.down.help')}</p>
          {volumes.length > 0 ? (
            <>
              <p>{t('compose.down.volumesKept')}</p>
              <AffectedNames label={t('compose.down.volumesLabel')} names={volumes.map((v) => v.id)} />
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
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
