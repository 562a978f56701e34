// A page about one thing (a container, a compose project): a link back to its list, the name as
// the heading that names the page, badges and actions beside it, a line of facts below, then the
// page's body. Styled by container-details/details.css, which such pages load.
import { useId, type ReactNode } from 'react';
import { BackLink } from './BackLink';

interface DetailsPageProps {
  back: { to: string; text: string; label: string };
  title: string;
  /** Badges and actions beside the title. */
  beside?: ReactNode;
  /** The line of facts under the title; nothing while unknown. */
  subtitle?: ReactNode;
  children: ReactNode;
}

export function DetailsPage({ back, title, beside, subtitle, children }: DetailsPageProps) {
  const headingId = useId();
  return (
    <section className="page details-page" aria-labelledby={headingId}>
      <div className="details-header">
        <BackLink to={back.to} label={back.label}>
          {back.text}
        </BackLink>
        <div className="details-title">
          <h1 id={headingId}>{title}</h1>
          {beside}
        </div>
        {subtitle ? <p className="details-subtitle">{subtitle}</p> : null}
      </div>
      {children}
    </section>
  );
}
