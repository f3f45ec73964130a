import '../../lib/api/zod-config';
import { createRoot } from 'react-dom/client';
import { createOptionsServices } from '../../components/options/browser-services';
import { OptionsApp } from '../../components/options/OptionsApp';
import { browser } from '#imports';
import { t } from '../../components/common/i18n';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('options_pageTitle');
const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsApp services={createOptionsServices()} />);
