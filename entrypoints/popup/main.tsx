import '../../lib/api/zod-config';
import { callBackground } from '../../lib/api/client';
import { createRoot } from 'react-dom/client';
import { createBrowserServices, markActionPopup } from '../../components/popup/browser-services';
import { PopupApp } from '../../components/popup/PopupApp';
import { browser } from '#imports';
import { t } from '../../components/common/i18n';

markActionPopup();
// Opening a page brings the team's news in and sends this browser's out (a no-op without a team).
void callBackground('teamSync', {}).catch(() => undefined);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('popup_pageTitle');
const root = document.getElementById('root');
if (root)
  createRoot(root).render(<PopupApp services={createBrowserServices('popup')} layout="popup" />);
