import { createI18n } from '@wxt-dev/i18n';
import { remembered, type Translate } from '../../lib/translate';

/**
 * The panel's words, from public/_locales: the buyer's browser language where it is translated.
 * Each message is worded once per page: a paste words every check of every code again.
 */
export const t: Translate = remembered(createI18n().t);
