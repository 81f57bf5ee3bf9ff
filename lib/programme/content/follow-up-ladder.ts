import type { z } from 'zod';
import type { followUpStepSchema } from '../schema';

/**
 * The steps on the next lesson's day when a mentor's sheet has still not come back, worded the same
 * in the source for lessons 1 and 2; lessons 5–7 take them from lesson 1 ("reactie als bij les 1")
 * and write them out too, so the programme page shows every step (tested against resolveFollowUp).
 */
export const lessonDaySteps = [
      {
        key: 'agree-with-pupil',
        dayOffsetFromDue: 0,
        anchor: 'NEXT_LESSON',
        who: 'PAIR',
        action: 'En indien er geen retour is op de dag van de interventie spreek dan met de leerling af dat je ervan uitgaat dat die respons alsnog gaat komen.',
      },
      {
        key: 'contact-mentor-again',
        dayOffsetFromDue: 0,
        anchor: 'NEXT_LESSON',
        who: 'CARE_WORKER',
        action: '(De hulpverlener neemt dan opnieuw contact op met de mentor)',
      },
      {
        key: 'agree-pupil-follow-up',
        dayOffsetFromDue: 0,
        anchor: 'NEXT_LESSON',
        who: 'PAIR',
        action: 'Hulpverlener en leerkracht bespreken hierop hoe hier met betreffende leerling door de hulpverlener op teruggekomen gaat worden.',
      },
] satisfies z.input<typeof followUpStepSchema>[];
