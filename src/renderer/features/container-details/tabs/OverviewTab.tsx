// Overview: what the container is (image, command, state, restarts), how it is reachable (ports,
// networks), what it sees (mounts, environment with secrets masked) and its labels.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerDetails } from '@shared/api/container-details';
import { EnvTable } from './EnvTable';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function when(value: string | null, locale: string): string {
  return value ? new Date(value).toLocaleString(locale) : '—';
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `overview-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="card overview-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function OverviewTab({ details }: { details: ContainerDetails | undefined }) {
  const { t, i18n } = useTranslation();
  if (!details) return <p className="muted">{t('common.loading')}</p>;
  const o = (key: string) => t(`details.overview.${key}`);
  return (
    <div className="overview">
      <Section title={o('general')}>
        <dl className="facts">
          <Fact label={o('image')}>
            <span className="mono">{details.image}</span>
          </Fact>
          <Fact label={o('command')}>
            <span className="mono">{details.command || '—'}</span>
          </Fact>
          <Fact label={o('state')}>{details.state}</Fact>
          <Fact label={o('created')}>{when(details.created, i18n.language)}</Fact>
          <Fact label={o('startedAt')}>{when(details.startedAt, i18n.language)}</Fact>
          {details.finishedAt && !details.running ? (
            <Fact label={o('finishedAt')}>{when(details.finishedAt, i18n.language)}</Fact>
          ) : null}
          {details.exitCode !== null ? <Fact label={o('exitCode')}>{details.exitCode}</Fact> : null}
          <Fact label={o('restartCount')}>{details.restartCount}</Fact>
          <Fact label={o('id')}>
            <span className="mono">{details.id}</span>
          </Fact>
          <Fact label={o('user')}>{details.user || 'root'}</Fact>
          <Fact label={o('workingDir')}>
            <span className="mono">{details.workingDir || '/'}</span>
          </Fact>
          <Fact label={o('tty')}>{details.tty ? o('yes') : o('no')}</Fact>
        </dl>
      </Section>

      <Section title={o('ports')}>
        {details.ports.length === 0 ? (
          <p className="muted">{o('noPorts')}</p>
        ) : (
          <table className="kv-table" aria-label={o('ports')}>
            <thead>
              <tr>
                <th scope="col">{o('containerPort')}</th>
                <th scope="col">{o('hostBinding')}</th>
              </tr>
            </thead>
            <tbody>
              {details.ports.map((port, index) => (
                <tr key={`${port.containerPort}-${index}`}>
                  <td className="mono">{port.containerPort}</td>
                  <td className="mono">
                    {port.hostPort ? `${port.hostIp || '0.0.0.0'}:${port.hostPort}` : o('notPublished')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section title={o('networks')}>
        {details.networks.length === 0 ? (
          <p className="muted">{o('noNetworks')}</p>
        ) : (
          <table className="kv-table" aria-label={o('networks')}>
            <thead>
              <tr>
                <th scope="col">{o('network')}</th>
                <th scope="col">{o('ipAddress')}</th>
                <th scope="col">{o('gateway')}</th>
                <th scope="col">{o('macAddress')}</th>
              </tr>
            </thead>
            <tbody>
              {details.networks.map((network) => (
                <tr key={network.name}>
                  <td>{network.name}</td>
                  <td className="mono">{network.ipAddress || '—'}</td>
                  <td className="mono">{network.gateway || '—'}</td>
                  <td className="mono">{network.macAddress || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section title={o('mounts')}>
        {details.mounts.length === 0 ? (
          <p className="muted">{o('noMounts')}</p>
        ) : (
          <table className="kv-table" aria-label={o('mounts')}>
            <thead>
              <tr>
                <th scope="col">{o('type')}</th>
                <th scope="col">{o('source')}</th>
                <th scope="col">{o('destination')}</th>
                <th scope="col">{o('access')}</th>
              </tr>
            </thead>
            <tbody>
              {details.mounts.map((mount) => (
                <tr key={mount.destination}>
                  <td>{mount.type}</td>
                  <td className="mono">{mount.source}</td>
                  <td className="mono">{mount.destination}</td>
                  <td>{mount.readWrite ? o('readWrite') : o('readOnly')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section title={o('environment')}>
        <EnvTable env={details.env} />
      </Section>

      <Section title={o('labels')}>
        {details.labels.length === 0 ? (
          <p className="muted">{o('noLabels')}</p>
        ) : (
          <table className="kv-table" aria-label={o('labels')}>
            <thead>
              <tr>
                <th scope="col">{o('key')}</th>
                <th scope="col">{o('value')}</th>
              </tr>
            </thead>
            <tbody>
              {details.labels.map((label) => (
                <tr key={label.key}>
                  <th scope="row" className="mono">
                    {label.key}
                  </th>
                  <td className="mono">{label.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </div>
  );
}
