import { overviewFilterSchema } from '../overview/schema';
import { z } from '../zod';

/**
 * The fidelity report's search parameters: the overview's filters plus the class shown in detail.
 * Any class value is looked up among the coordinator's classes; one that is not there is a 404.
 */
export const fidelityParamsSchema = overviewFilterSchema.extend({
  class: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
});
export type FidelityParams = z.infer<typeof fidelityParamsSchema>;
