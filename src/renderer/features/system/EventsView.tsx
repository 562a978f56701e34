// The engine's live events (as `docker events`): newest first, filtered by type and text, with
// Pause (new events wait, counted) and Clear. Keeps at most MAX_ROWS rows.
import { Pause, Play, Trash2 } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineEventRow } from '@shared/api/system';
import { useTRPCClient } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { SearchField } from '@renderer/components/SearchField';
import { VirtualTable, type Column } from '@renderer/components/VirtualTable';
import { IconTextButton } from '@renderer/components/IconTextButton';

const MAX_ROWS = 1000;
const TYPES = ['container', 'image', 'volume', 'network', 'daemon', 'plugin', 'builder'] as const;

export function EventsView() {
  const { t, i18n } = useTranslation();
  const client = useTRPCClient();
  const [rows, setRows] = useState<EngineEventRow[]>([]);
  const [paused, setPaused] = useState(false);
  const [waiting, setWaiting] = useState<EngineEventRow[]>([]);
  const [type, setType] = useState('');
  const [query, setQuery] = useState('');
  const pausedRef = useRef(false);

  useEffect(() => {
    const subscription = client.system.events.subscribe(undefined, {
      onData: (batch) => {
        const newest = [...batch].reverse();
        if (pausedRef.current) setWaiting((previous) => [...newest, ...previous].slice(0, MAX_ROWS));
        else setRows((previous) => [...newest, ...previous].slice(0, MAX_ROWS));
      },
    });
    return () => subscription.unsubscribe();
  }, [client]);

  const togglePause = () => {
    pausedRef.current = !paused;
    if (paused) {
      setRows((previous) => [...waiting, ...previous].slice(0, MAX_ROWS));
      setWaiting([]);
    }
    setPaused(!paused);
  };

  const time = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }),
    [i18n.language],
  );
  const q = query.trim().toLowerCase();
  const visible = rows.filter(
    (row) =>
      (!type || row.type === type) &&
      (!q ||
        row.action.toLowerCase().includes(q) ||
        row.actorName.toLowerCase().includes(q) ||
        row.actorId.startsWith(q)),
  );
  const columns: Column<EngineEventRow>[] = [
    {
      id: 'time',
      header: t('system.eventColumns.time'),
      width: '110px',
      cell: (row) => <span className="muted mono">{time.format(new Date(row.time))}</span>,
    },
    { id: 'type', header: t('system.eventColumns.type'), width: '100px', cell: (row) => row.type },
    {
      id: 'action',
      header: t('system.eventColumns.action'),
      width: 'minmax(120px, 1fr)',
      cell: (row) => <strong>{row.action}</strong>,
    },
    {
      id: 'actor',
      header: t('system.eventColumns.actor'),
      width: 'minmax(200px, 3fr)',
      cell: (row) => (
        <span className="name-cell">
          <span className="primary truncate">{row.actorName || row.actorId.slice(0, 12)}</span>
          <span className="secondary mono">{row.actorId.slice(0, 12)}</span>
        </span>
      ),
    },
  ];

  return (
    <section className="system-section events-log" aria-labelledby="system-events">
      <div className="system-section-head">
        <h2 id="system-events">{t('system.events')}</h2>
      </div>
      <div className="toolbar">
        <SearchField
          label={t('system.eventFilter')}
          placeholder={t('system.eventFilterPlaceholder')}
          value={query}
          onChange={setQuery}
        />
        <select
          aria-label={t('system.eventType')}
          value={type}
          onChange={(event) => setType(event.target.value)}
        >
          <option value="">{t('system.allTypes')}</option>
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <IconTextButton icon={paused ? Play : Pause} aria-pressed={paused} onClick={togglePause}>
          {paused ? t('system.resume') : t('system.pause')}
        </IconTextButton>
        <IconTextButton
          icon={Trash2}
          onClick={() => {
            setRows([]);
            setWaiting([]);
          }}
        >
          {t('system.clear')}
        </IconTextButton>
        {paused ? (
          <span role="status" className="muted">
            {t('system.paused', { count: waiting.length })}
          </span>
        ) : null}
      </div>
      <VirtualTable
        label={t('system.eventsTable')}
        rows={visible}
        columns={columns}
        rowKey={(row) => `${row.time}-${row.type}-${row.action}-${row.actorId}`}
        rowLabel={(row) => `${row.type} ${row.action} ${row.actorName || row.actorId.slice(0, 12)}`}
        rowHeight={40}
        empty={t('system.eventsEmpty')}
      />
      <CommandLine command="docker events" />
    </section>
  );
}
