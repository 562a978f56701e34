// Repeating rows of the Run form: ports, environment (with .env paste), volumes, labels.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseEnvBlock, type KeyValue } from '@shared/api/run-parse';
import type { MountRow } from '@shared/api/run-spec';
import { AddRowButton as AddRow, RemoveRowButton } from '@renderer/components/RowControls';
import { CheckField, FieldError } from './Fields';

type Errors = Record<string, string>;

const without = <T,>(list: T[], i: number) => list.filter((_, j) => j !== i);
const replace = <T,>(list: T[], i: number, value: T) => list.map((item, j) => (j === i ? value : item));

export function PortsSection(props: {
  ports: string[];
  publishAll: boolean;
  errors: Errors;
  onChange: (ports: string[]) => void;
  onPublishAll: (value: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="run-section">
      <legend>{t('runDialog.ports')}</legend>
      <p className="help">{t('runDialog.portsHelp')}</p>
      {props.ports.map((port, i) => {
        const error = props.errors[`ports.${i}`];
        return (
          <div key={i} className="run-row-block">
            <div className="run-row">
              <input
                className="mono grow"
                value={port}
                placeholder="8080:80"
                aria-label={t('runDialog.port', { n: i + 1 })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `port-${i}-error` : undefined}
                onChange={(e) => props.onChange(replace(props.ports, i, e.target.value))}
              />
              <RemoveRowButton
                label={t('runDialog.removePort', { n: i + 1 })}
                onClick={() => props.onChange(without(props.ports, i))}
              />
            </div>
            <FieldError id={`port-${i}-error`} code={error} />
          </div>
        );
      })}
      <div className="run-row">
        <AddRow label={t('runDialog.addPort')} onClick={() => props.onChange([...props.ports, ''])} />
        <CheckField
          label={t('runDialog.publishAll')}
          checked={props.publishAll}
          onChange={props.onPublishAll}
        />
      </div>
    </fieldset>
  );
}

export function KeyValueSection(props: {
  kind: 'env' | 'labels';
  rows: KeyValue[];
  errors: Errors;
  onChange: (rows: KeyValue[]) => void;
}) {
  const { t } = useTranslation();
  const env = props.kind === 'env';
  const [pasting, setPasting] = useState(false);
  const [block, setBlock] = useState('');
  const [badLines, setBadLines] = useState<number[]>([]);
  const applyBlock = () => {
    const parsed = parseEnvBlock(block);
    setBadLines(parsed.badLines);
    // Pasted values win over rows with the same name; blank rows make way.
    const keys = new Set(parsed.rows.map((row) => row.key));
    const kept = props.rows.filter((row) => !keys.has(row.key) && (row.key || row.value));
    props.onChange([...kept, ...parsed.rows]);
    if (parsed.badLines.length === 0) {
      setBlock('');
      setPasting(false);
    }
  };
  return (
    <fieldset className="run-section">
      <legend>{t(env ? 'runDialog.env' : 'runDialog.labels')}</legend>
      {props.rows.map((row, i) => {
        const error = props.errors[`${props.kind}.${i}.key`];
        return (
          <div key={i} className="run-row-block">
            <div className="run-row">
              <input
                className="mono"
                value={row.key}
                placeholder={env ? 'KEY' : 'com.example.key'}
                aria-label={t(env ? 'runDialog.envKey' : 'runDialog.labelKey', { n: i + 1 })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${props.kind}-${i}-error` : undefined}
                onChange={(e) => props.onChange(replace(props.rows, i, { ...row, key: e.target.value }))}
              />
              <span className="muted" aria-hidden="true">
                =
              </span>
              <input
                className="mono grow"
                value={row.value}
                aria-label={t(env ? 'runDialog.envValue' : 'runDialog.labelValue', { n: i + 1 })}
                onChange={(e) => props.onChange(replace(props.rows, i, { ...row, value: e.target.value }))}
              />
              <RemoveRowButton
                label={t(env ? 'runDialog.removeEnv' : 'runDialog.removeLabel', { n: i + 1 })}
                onClick={() => props.onChange(without(props.rows, i))}
              />
            </div>
            <FieldError id={`${props.kind}-${i}-error`} code={error} />
          </div>
        );
      })}
      <div className="run-row">
        <AddRow
          label={t(env ? 'runDialog.addEnv' : 'runDialog.addLabel')}
          onClick={() => props.onChange([...props.rows, { key: '', value: '' }])}
        />
        {env ? (
          <button
            type="button"
            className="lc-link-button"
            aria-expanded={pasting}
            onClick={() => setPasting(!pasting)}
          >
            {t('runDialog.pasteEnv')}
          </button>
        ) : null}
      </div>
      {pasting ? (
        <div className="env-paste">
          <textarea
            className="mono"
            rows={5}
            value={block}
            placeholder={'DB_HOST=localhost\nDB_PORT=5432'}
            aria-label={t('runDialog.pasteEnvLabel')}
            aria-invalid={badLines.length > 0 ? true : undefined}
            aria-describedby={badLines.length > 0 ? 'env-paste-error' : undefined}
            onChange={(e) => setBlock(e.target.value)}
          />
          {badLines.length > 0 ? (
            <p id="env-paste-error" className="field-error">
              {t('runDialog.pasteEnvBad', { lines: badLines.join(', ') })}
            </p>
          ) : null}
          <button type="button" className="secondary-button" onClick={applyBlock} disabled={!block.trim()}>
            {t('runDialog.pasteEnvApply')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}

export function MountsSection(props: {
  mounts: MountRow[];
  errors: Errors;
  onChange: (mounts: MountRow[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="run-section">
      <legend>{t('runDialog.volumes')}</legend>
      <p className="help">{t('runDialog.volumesHelp')}</p>
      {props.mounts.map((mount, i) => {
        const sourceError = props.errors[`mounts.${i}.source`];
        const targetError = props.errors[`mounts.${i}.target`];
        const set = (patch: Partial<MountRow>) =>
          props.onChange(replace(props.mounts, i, { ...mount, ...patch }));
        return (
          <div key={i} className="run-row-block">
            <div className="run-row">
              <input
                className="mono grow"
                value={mount.source}
                placeholder="my-volume or /host/path"
                aria-label={t('runDialog.mountSource', { n: i + 1 })}
                aria-invalid={sourceError ? true : undefined}
                aria-describedby={sourceError ? `mount-${i}-source-error` : undefined}
                onChange={(e) => set({ source: e.target.value })}
              />
              <span className="muted" aria-hidden="true">
                →
              </span>
              <input
                className="mono grow"
                value={mount.target}
                placeholder="/data"
                aria-label={t('runDialog.mountTarget', { n: i + 1 })}
                aria-invalid={targetError ? true : undefined}
                aria-describedby={targetError ? `mount-${i}-target-error` : undefined}
                onChange={(e) => set({ target: e.target.value })}
              />
              <label className="run-check compact">
                <input
                  type="checkbox"
                  checked={mount.readOnly}
                  aria-label={t('runDialog.mountReadOnly', { n: i + 1 })}
                  onChange={(e) => set({ readOnly: e.target.checked })}
                />
                <span aria-hidden="true">{t('runDialog.readOnly')}</span>
              </label>
              <RemoveRowButton
                label={t('runDialog.removeMount', { n: i + 1 })}
                onClick={() => props.onChange(without(props.mounts, i))}
              />
            </div>
            <FieldError id={`mount-${i}-source-error`} code={sourceError} />
            <FieldError id={`mount-${i}-target-error`} code={targetError} />
          </div>
        );
      })}
      <AddRow
        label={t('runDialog.addMount')}
        onClick={() => props.onChange([...props.mounts, { source: '', target: '', readOnly: false }])}
      />
    </fieldset>
  );
}
