// Environment variables; values of keys that look secret (*PASSWORD*, *TOKEN*, *SECRET*, *KEY*)
// stay masked until the user clicks "Show value of KEY".
import { Eye, EyeOff } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSecretKey } from '@shared/api/container-details';

export function EnvTable({ env }: { env: { key: string; value: string }[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Set<string>>(new Set());
  const toggle = (key: string) =>
    setShown((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  if (env.length === 0) return <p className="muted">{t('details.overview.noEnv')}</p>;
  return (
    <table className="kv-table" aria-label={t('details.overview.environment')}>
      <thead>
        <tr>
          <th scope="col">{t('details.overview.key')}</th>
          <th scope="col">{t('details.overview.value')}</th>
        </tr>
      </thead>
      <tbody>
        {env.map(({ key, value }, index) => {
          const secret = isSecretKey(key);
          const visible = !secret || shown.has(key);
          return (
            <tr key={`${key}-${index}`}>
              <th scope="row" className="mono">
                {key}
              </th>
              <td className="mono">
                <span className="env-value">
                  {visible ? (
                    value
                  ) : (
                    <span className="masked" aria-label={t('details.overview.hidden')}>
                      ••••
                    </span>
                  )}
                  {secret ? (
                    <button
                      type="button"
                      className="icon-button small"
                      aria-label={t(visible ? 'details.overview.hideValue' : 'details.overview.showValue', {
                        key,
                      })}
                      aria-pressed={visible}
                      onClick={() => toggle(key)}
                    >
                      {visible ? (
                        <EyeOff size={14} aria-hidden="true" />
                      ) : (
                        <Eye size={14} aria-hidden="true" />
                      )}
                    </button>
                  ) : null}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
