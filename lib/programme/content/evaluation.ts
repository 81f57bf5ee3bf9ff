import type { z } from 'zod';

import type { programmeSchema } from '../schema';

/**
 * The evaluation form ("Evaluatieformulier") the pair fills in after each lesson. The source repeats it
 * word for word under lessons 1–7; lesson 8 has none.
 */
export const evaluation = {
  questions: [
    {
      number: 1,
      key: 'stressActions',
      text: 'De volgende drie handelingen waren voor hulpverlener/ leerkracht belangrijk om de stress bij leerlingen met (vermoedens van) hechtingsproblematiek te onderkennen en/of te verminderen:',
      parts: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
        { key: 'c', label: 'C' },
      ],
    },
    {
      number: 2,
      key: 'trustBehaviours',
      text: 'We zagen toename van vertrouwen bij de leerlingen (met (vermoedens van) hechtingsproblematiek) in zichzelf en de ander in volgend gedrag van leerlingen:',
      parts: [
        { key: 'b1', label: 'Gedrag 1' },
        { key: 'b2', label: 'Gedrag 2' },
        { key: 'b3', label: 'Gedrag 3' },
      ],
    },
    {
      number: 3,
      key: 'pupilExample',
      text: 'Geef een voorbeeld vanuit deze interventie waarbij het een leerling aan eigen netwerk/ leerkracht/hulpverlener/medeleerlingen lukte te vertellen wat belangrijk/lastig/ stressvol was.',
      parts: [],
    },
    {
      number: 4,
      key: 'interventionBuild',
      text: 'Geef hier aan hoe jullie deze interventie opgebouwd hebben en wat ieders aandeel was in voorbereiding en uitvoering.',
      parts: [],
    },
    {
      number: 5,
      key: 'collaboration',
      text: 'Welke dingen hebben specifiek jullie samenwerking als leerkracht en hulpverlener versterkt bij deze interventie.',
      parts: [],
    },
  ],
  logbookPrompt: 'Naast het invullen van bovenstaand format graag je logboek invullen naar aanleiding van iedere les met hierin eigen specifieke aantekeningen. Dit kunnen voorbeelden zijn van eigen specifieke inbreng als hulpverlener, interactiemomenten met leerkracht en leerlingen, overwegingen vanuit jezelf of mooie elementen in de samenwerking.',
  conversationsPrompt: 'Verzoek om de gesprekjes die je hebt met de leerling te noteren op het formulier: Gesprek met de leerling.',
} satisfies z.input<typeof programmeSchema>['evaluation'];
