import '../../lib/api/zod-config';
import { createRoot } from 'react-dom/client';
import { createOptionsServices } from '../../components/options/browser-services';
import { OptionsApp } from '../../components/options/OptionsApp';

const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsApp services={createOptionsServices()} />);
