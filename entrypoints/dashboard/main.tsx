import '../../lib/api/zod-config';
import { callBackground } from '../../lib/api/client';
import { createRoot } from 'react-dom/client';
import { createDashboardServices } from '../../components/dashboard/browser-services';
import { DashboardApp } from '../../components/dashboard/DashboardApp';

const services = createDashboardServices();
// Opening a page brings the team's news in and sends this browser's out (a no-op without a team).
void callBackground('teamSync', {}).catch(() => undefined);
document.documentElement.lang = services.locale;
document.title = services.t('dashboard_pageTitle');
const root = document.getElementById('root');
if (root) createRoot(root).render(<DashboardApp services={services} />);
