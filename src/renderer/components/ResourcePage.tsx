// A resource page (volumes, networks, ...): the heading with its count and Create button, the shared
// list, and whichever dialog the page has open. Pages give the list's columns and actions.
import { Plus, type LucideIcon } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { ResourceList, type ResourceListProps } from './ResourceList';

interface ResourcePageProps<T> extends Omit<ResourceListProps<T>, 'label'> {
  /** The page heading, which also names the list. */
  heading: string;
  /** "3 volumes": beside the heading. */
  summary: string;
  create: { label: string; onClick: () => void };
  /** The open dialog, if any. */
  children?: ReactNode;
}

export function ResourcePage<T>({ heading, summary, create, children, ...list }: ResourcePageProps<T>) {
  const headingId = useId();
  return (
    <section className="page" aria-labelledby={headingId}>
      <div className="page-header">
        <h1 id={headingId}>{heading}</h1>
        <p className="page-summary">{summary}</p>
        <div className="toolbar-spacer" />
        <button type="button" className="primary-button with-icon" onClick={create.onClick}>
          <Plus size={15} aria-hidden="true" />
          {create.label}
        </button>
      </div>
      <ResourceList label={heading} {...list} />
      {children}
    </section>
  );
}

/** A button beside the list's search field: an icon and its words. */
export function ToolbarButton({
  icon: Icon,
  label,
  onClick,
}: {
  icon: LucideIcon;
  label: string;
  onClick: () => void;
}) {
  return (
    <button type="button" className="secondary-button with-icon" onClick={onClick}>
      <Icon size={15} aria-hidden="true" />
      {label}
    </button>
  );
}
