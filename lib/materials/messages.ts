import { createTranslator } from 'next-intl';
import { defaultLocale } from '../i18n/config';
import programme from '../../messages/nl/programme.json';

/**
 * The upload's messages, from messages/nl/programme.json like every other string. Read directly
 * rather than through the request config so the action's messages are the same in integration
 * tests, which run outside a Next request.
 */
export const uploadMessages = createTranslator({ locale: defaultLocale, messages: { programme }, namespace: 'programme.upload' });
