import '../../lib/api/zod-config';
import { createRoot } from 'react-dom/client';
import { createDashboardServices } from '../../components/dashboard/browser-services';
import { DashboardApp } from '../../components/dashboard/DashboardApp';

const services = createDashboardServices();
document.documentElement.lang = services.locale;
document.title = services.t('dashboard_pageTitle');
const root = document.getElementById('root');
if (root) createRoot(root).render(<DashboardApp services={services} />);
