// Inspect: the engine's JSON, pretty-printed; a filter keeps only the lines that match (with the
// match highlighted) and a copy button copies the whole document.
import { Check, Copy } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerDetails } from '@shared/api/container-details';
import { containerInspectCommand } from '@shared/cli/details-commands';
import { CommandLine } from '@renderer/components/CommandLine';
import { IconTextButton } from '@renderer/components/IconTextButton';
import { SearchField } from '@renderer/components/SearchField';

function highlight(line: string, query: string) {
  if (!query) return line;
  const lower = line.toLowerCase();
  const parts = [];
  let from = 0;
  for (let at = lower.indexOf(query); at >= 0; at = lower.indexOf(query, at + query.length)) {
    parts.push(line.slice(from, at), <mark key={at}>{line.slice(at, at + query.length)}</mark>);
    from = at + query.length;
  }
  parts.push(line.slice(from));
  return parts;
}

export function InspectTab({ details, name }: { details: ContainerDetails | undefined; name: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [copied, setCopied] = useState(false);
  const json = useMemo(() => (details ? JSON.stringify(details.raw, null, 2) : ''), [details]);
  const lines = useMemo(() => json.split('\n').map((text, index) => ({ text, number: index + 1 })), [json]);
  const query = filter.trim().toLowerCase();
  const shown = query ? lines.filter((line) => line.text.toLowerCase().includes(query)) : lines;

  if (!details) return <p className="muted">{t('common.loading')}</p>;
  const copy = async () => {
    await navigator.clipboard.writeText(json).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <div className="inspect-tab">
      <div className="toolbar">
        <SearchField
          label={t('details.inspect.filter')}
          placeholder={t('details.inspect.filterPlaceholder')}
          value={filter}
          onChange={setFilter}
        />
        <IconTextButton icon={copied ? Check : Copy} onClick={() => void copy()}>
          {t('details.inspect.copy')}
        </IconTextButton>
        <span className="muted" role="status">
          {query ? t('details.inspect.matches', { count: shown.length }) : copied ? t('common.copied') : ''}
        </span>
      </div>
      <pre className="inspect-json" aria-label={t('details.inspect.json')} tabIndex={0}>
        {shown.map((line) => (
          <div key={line.number} className="json-line">
            <span className="line-number" aria-hidden="true">
              {line.number}
            </span>
            <code>{highlight(line.text, query)}</code>
          </div>
        ))}
      </pre>
      <CommandLine command={containerInspectCommand(name)} />
    </div>
  );
}
