import { z } from 'zod';

// Dutch default messages for any check a schema does not word itself; our schemas give
// their own, clearer messages wherever a user can make the mistake.
z.config(z.locales.nl());

export { z };
