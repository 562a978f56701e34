// The left navigation, Docker Desktop style.
import { Boxes, Cog, Cpu, Gauge, HardDrive, Layers, Network, Package } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const items = [
  { to: '/containers', key: 'containers', Icon: Package },
  { to: '/images', key: 'images', Icon: Layers },
  { to: '/volumes', key: 'volumes', Icon: HardDrive },
  { to: '/networks', key: 'networks', Icon: Network },
  { to: '/compose', key: 'compose', Icon: Boxes },
  { to: '/engine', key: 'engine', Icon: Cpu },
  { to: '/system', key: 'system', Icon: Gauge },
] as const;

export function Sidebar() {
  const { t } = useTranslation();
  const link = ({ isActive }: { isActive: boolean }) => `nav-link${isActive ? ' active' : ''}`;
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <img src="./berth.svg" alt="" width={26} height={26} />
        <span>{t('app.name')}</span>
      </div>
      <ul>
        {items.map(({ to, key, Icon }) => (
          <li key={to}>
            <NavLink to={to} className={link}>
              <Icon size={18} aria-hidden="true" />
              <span>{t(`nav.${key}`)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
      <div className="sidebar-bottom">
        <NavLink to="/settings" className={link}>
          <Cog size={18} aria-hidden="true" />
          <span>{t('nav.settings')}</span>
        </NavLink>
      </div>
    </nav>
  );
}
