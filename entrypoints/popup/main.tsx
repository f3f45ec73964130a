import '../../lib/api/zod-config';
import { createRoot } from 'react-dom/client';
import { createBrowserServices, markActionPopup } from '../../components/popup/browser-services';
import { PopupApp } from '../../components/popup/PopupApp';

markActionPopup();
const root = document.getElementById('root');
if (root)
  createRoot(root).render(<PopupApp services={createBrowserServices('popup')} layout="popup" />);
