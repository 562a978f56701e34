// The image's JSON (`docker image inspect`), searchable with highlighted matches, and copyable.
import { Check, Copy } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { imageInspectCommand } from '@shared/cli/image-commands';
import { CommandLine } from '@renderer/components/CommandLine';
import { highlight } from './json-search';
import { SearchField } from '@renderer/components/SearchField';
import { IconTextButton } from '@renderer/components/IconTextButton';

export function InspectTab({ data, reference }: { data: unknown; reference: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [copied, setCopied] = useState(false);
  const preRef = useRef<HTMLPreElement>(null);
  const json = useMemo(() => JSON.stringify(data, null, 2), [data]);
  const { segments, count } = useMemo(() => highlight(json, query), [json, query]);

  useEffect(() => {
    preRef.current?.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }, [segments]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="inspect-tab">
      <div className="toolbar">
        <SearchField label={t('imageDetails.inspectSearch')} value={query} onChange={setQuery} />
        <span role="status" className="muted">
          {query.trim() ? (count ? t('imageDetails.matches', { count }) : t('imageDetails.noMatches')) : ''}
        </span>
        <IconTextButton icon={copied ? Check : Copy} onClick={() => void copy()}>
          {copied ? t('imageDetails.copiedJson') : t('imageDetails.copyJson')}
        </IconTextButton>
      </div>
      <pre ref={preRef} className="inspect-json" aria-label={t('imageDetails.json')} tabIndex={0}>
        {segments.map((segment, index) =>
          segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
        )}
      </pre>
      <CommandLine command={imageInspectCommand(reference)} />
    </div>
  );
}
