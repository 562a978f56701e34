// Extra buttons in the Images toolbar: Build, Load and Search Docker Hub (image-build feature).
import { Hammer, Search, Upload } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BuildDialog } from '../image-build/BuildDialog';
import { LoadDialog } from '../image-load/LoadDialog';

export function ImageToolbarExtras() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'build' | 'load' | null>(null);
  return (
    <>
      <button type="button" className="secondary-button with-icon" onClick={() => setDialog('build')}>
        <Hammer size={15} aria-hidden="true" /> {t('imageExtras.build')}
      </button>
      <button type="button" className="secondary-button with-icon" onClick={() => setDialog('load')}>
        <Upload size={15} aria-hidden="true" /> {t('imageExtras.load')}
      </button>
      <button type="button" className="secondary-button with-icon" onClick={() => navigate('/images/search')}>
        <Search size={15} aria-hidden="true" /> {t('imageExtras.searchHub')}
      </button>
      <BuildDialog open={dialog === 'build'} onClose={() => setDialog(null)} />
      <LoadDialog open={dialog === 'load'} onClose={() => setDialog(null)} />
    </>
  );
}
