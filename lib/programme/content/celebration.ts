import type { z } from 'zod';

import type { programmeSchema } from '../schema';

/** Lesson 8 "Vieren van succes": the three elements of its rationale and the ceremony of activity 2. */
export const celebration = {
  selfRatingQuestion: 'Welke inschaling maakt de leerling van zichzelf nu en waar kwam hij vandaan. (Schaalvraag tussen 1 en 10)',
  items: [
    {
      key: 'selfRating',
      label: 'Schaalvraag',
      description: 'Welke inschaling maakt de leerling van zichzelf nu en waar kwam hij vandaan. (Schaalvraag tussen 1 en 10)',
    },
    { key: 'proudest', label: 'Trots', description: 'Waar is de leerling het meest trots op.' },
    {
      key: 'keepGoing',
      label: 'Doorbouwen',
      description: 'Hoe gaat de leerling doorbouwen op hetgeen bereikt is nu en dit volhouden.',
    },
    {
      key: 'guardOfHonour',
      label: 'Erehaag',
      description: 'Iedere leerling mag door een haag van medeleerlingen naar voor in de klas.',
    },
    {
      key: 'certificate',
      label: 'Certificaat',
      description: 'De leerling mag op een stoel of tafel gaan staan en krijgt het Certificaat van zijn maatje. Leerkracht en hulpverlener hebben dit zo concreet mogelijk omschreven op het Certificaat met speciaal hierin de feedback van de mentor, het maatje en medeleerlingen opgehaald tijdens de interventies.',
    },
    {
      key: 'portfolio',
      label: 'Portfolio',
      description: 'Daar krijg hij of zij een (nog te maken) Certificaat en de eigen portfolio van de afgelopen lessen waaronder de evaluatie van het leerdoel. Dit beschrijft de groei die de leerling gemaakt heeft op het gebied van eigenaarschap, zelfsturing, bouw in vertrouwen en omgaan met stress.',
    },
  ],
} satisfies z.input<typeof programmeSchema>['celebration'];
