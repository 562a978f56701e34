// Real tabs that are also links (#/containers/:id/logs), so a tab survives a reload: a tab list
// that arrow keys, Home and End move through, and the one panel the active tab shows.
// Styled by container-details/details.css, which such pages load.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

interface RoutedTabsProps<Tab extends string> {
  tabs: readonly Tab[];
  active: Tab;
  href: (tab: Tab) => string;
  /** Prefix of the tab and panel ids ("details" gives details-tab-logs and details-panel). */
  idPrefix: string;
  /** The tab list's accessible name. */
  label: string;
  tabLabel: (tab: Tab) => string;
  /** The active tab's content. */
  children: ReactNode;
}

export function RoutedTabs<Tab extends string>({
  tabs,
  active,
  href,
  idPrefix,
  label,
  tabLabel,
  children,
}: RoutedTabsProps<Tab>) {
  const navigate = useNavigate();
  const tabRefs = useRef<Record<string, HTMLAnchorElement | null>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : null;
    if (!step && jump === null) return;
    event.preventDefault();
    const index = jump ?? (tabs.indexOf(active) + step + tabs.length) % tabs.length;
    const next = tabs[index]!;
    void navigate(href(next));
    tabRefs.current[next]?.focus();
  };

  return (
    <>
      <div className="details-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <Link
            key={tab}
            ref={(node) => {
              tabRefs.current[tab] = node;
            }}
            to={href(tab)}
            role="tab"
            id={`${idPrefix}-tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={tab === active ? 0 : -1}
            className="details-tab"
          >
            {tabLabel(tab)}
          </Link>
        ))}
      </div>
      <div
        className="details-panel"
        role="tabpanel"
        id={`${idPrefix}-panel`}
        aria-labelledby={`${idPrefix}-tab-${active}`}
      >
        {children}
      </div>
    </>
  );
}
