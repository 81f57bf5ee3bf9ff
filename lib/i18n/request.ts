import { getRequestConfig } from 'next-intl/server';
import { defaultLocale } from './config';
import { loadMessages } from './messages';

// One language today; the locale is resolved here so adding one later touches only this file.
export default getRequestConfig(async () => ({
  locale: defaultLocale,
  timeZone: 'Europe/Amsterdam',
  messages: await loadMessages(defaultLocale),
}));
