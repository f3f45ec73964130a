import { createI18n } from '@wxt-dev/i18n';
import type { Translate } from '../../lib/translate';

/** The panel's words, from public/_locales: the buyer's browser language where it is translated. */
export const t: Translate = createI18n().t;
