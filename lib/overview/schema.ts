import { z } from '../zod';

/** The overview's filters, from the URL's search parameters; anything unknown is ignored. */
export const overviewFilterSchema = z.object({
  school: z.string().max(40).optional().catch(undefined),
  kind: z.enum(['SO', 'VSO']).optional().catch(undefined),
  year: z.string().regex(/^\d{4}-\d{4}$/).optional().catch(undefined),
});
export type OverviewFilter = z.infer<typeof overviewFilterSchema>;

/** The overview's page of schools (`?page=2`); anything else is the first page. */
export const overviewPageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });
