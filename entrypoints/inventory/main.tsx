import '../../lib/api/zod-config';
import { createRoot } from 'react-dom/client';
import { createBrowserServices } from '../../components/popup/browser-services';
import { PopupApp } from '../../components/popup/PopupApp';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(<PopupApp services={createBrowserServices('tab')} layout="tab" />);
