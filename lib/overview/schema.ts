import { z } from '../zod';

/** The overview's filters, from the URL's search parameters; anything unknown is ignored. */
export const overviewFilterSchema = z.object({
  school: z.string().max(40).optional().catch(undefined),
  kind: z.enum(['SO', 'VSO']).optional().catch(undefined),
  year: z.string().regex(/^\d{4}-\d{4}$/).optional().catch(undefined),
});
export type OverviewFilter = z.infer<typeof overviewFilterSchema>;
