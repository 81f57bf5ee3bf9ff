import type { z } from 'zod';

import type { lessonSchema } from '../schema';

export const lesson8 = {
  number: 8,
  optional: true,
  title: 'Vieren van succes',
  theme: 'Vieren van Succes.',
  rationale: 'Interventie 8 is het oogsten van de groei van de leerling. Het is de bedoeling dit in deze laatste bijeenkomst dit ook echt te vieren\n\nHierin aandacht voor drie elementen namelijk:\n\n- Welke inschaling maakt de leerling van zichzelf nu en waar kwam hij vandaan. (Schaalvraag tussen 1 en 10)\n- Waar is de leerling het meest trots op.\n- Hoe gaat de leerling doorbouwen op hetgeen bereikt is nu en dit volhouden.',
  preparation: 'Hulpverlener en leerkracht zorgen voor een speciale aankleding van de klas iets lekkers voor de leerlingen.',
  activities: [
    {
      number: 1,
      title: 'Oefening: Waar kom jij vandaan?',
      recurringOpening: true,
      purpose: 'Deze oefening komt iedere les terug als start van de les. Leerlingen kunnen al met de nodige stress in de klas binnenkomen. Deze oefening helpt de leerlingen om op een fijne manier tot rust te komen. Leerlingen kunnen beter in het hier en nu van de klassensituatie komen.',
      guidance: 'Zie: werkmaterialen Vieren van succes bijlage 1\n\nHulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend. Zo ook positief gedrag van de leerlingen. Stuurt indien gewenst bij vanuit aansluiting met de leerling met verbindend taalgebruik.',
      teacherGuidance: 'Hulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend. Zo ook positief gedrag van de leerlingen.',
      careWorkerGuidance: 'Hulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend.',
      lead: 'CARE_WORKER',
      minutes: null,
      attachments: [1],
    },
    {
      number: 2,
      title: 'Erehaag en Certificaat',
      purpose: 'Iedere leerling mag door een haag van medeleerlingen naar voor in de klas. Daar krijg hij of zij een (nog te maken) Certificaat en de eigen portfolio van de afgelopen lessen waaronder de evaluatie van het leerdoel.',
      guidance: 'Zie: werkmaterialen Vieren van succes bijlage 2\n\nIedere leerling mag door een haag van medeleerlingen naar voor in de klas. Daar krijg hij of zij een (nog te maken) Certificaat en de eigen portfolio van de afgelopen lessen waaronder de evaluatie van het leerdoel. Dit beschrijft de groei die de leerling gemaakt heeft op het gebied van eigenaarschap, zelfsturing, bouw in vertrouwen en omgaan met stress.\n\nDe leerling mag op een stoel of tafel gaan staan en krijgt het Certificaat van zijn maatje.\n\nLeerkracht en hulpverlener hebben dit zo concreet mogelijk omschreven op het Certificaat met speciaal hierin de feedback van de mentor, het maatje en medeleerlingen opgehaald tijdens de interventies.',
      lead: 'BOTH',
      minutes: null,
      attachments: [2],
    },
    {
      number: 3,
      title: 'Leerling krijgt het woord',
      purpose: 'Volgende vragen kunnen dan aan bod komen: Wat is er geleerd? Waar ben je het meest trots op? Wat was lastig maar is gelukt? Hoe is het nu met het leerdoel? Hoe gaat de leerling doorbouwen aan vertrouwen en omgaan met stress?',
      guidance: 'Volgende vragen kunnen dan aan bod komen: Wat is er geleerd? Waar ben je het meest trots op? Wat was lastig maar is gelukt? Hoe is het nu met het leerdoel? Hoe gaat de leerling doorbouwen aan vertrouwen en omgaan met stress?\n\nLeerkracht en hulpverlener laten in hun taal en doen en laten merken dat ze vertrouwen hebben in het voortzetten van de door de leerling ingezette lijn.',
      lead: 'BOTH',
      minutes: null,
    },
    {
      number: 4,
      title: 'Afsluiting met gezamenlijke activiteit',
      purpose: 'Bijvoorbeeld: Een recept wat eerder door een groepje beschreven was is klaargemaakt en wordt samen opgegeten en/ of de klas kiest voor een (vertrouwens)oefening al eens gedaan is of die nog gedaan is uit les 7.',
      guidance: 'Bijvoorbeeld: Een recept wat eerder door een groepje beschreven was is klaargemaakt en wordt samen opgegeten en/ of de klas kiest voor een (vertrouwens)oefening al eens gedaan is of die nog gedaan is uit les 7.',
      lead: 'BOTH',
      minutes: null,
      options: [
        {
          key: 'recept-samen-opeten',
          label: 'Een recept wat eerder door een groepje beschreven was',
          description: 'is klaargemaakt en wordt samen opgegeten',
        },
        {
          key: 'vertrouwensoefening',
          label: 'Een (vertrouwens)oefening',
          description: 'al eens gedaan is of die nog gedaan is uit les 7.',
        },
      ],
    },
  ],
  homework: null,
  materials: [
    { number: 1, title: 'Waar kom jij vandaan.docx' },
    {
      number: 2,
      title: 'Dit was mijn leerdoel..docx, evaluatie eigen gekozen leerdoel bijeenkomst 8.pdf, certificaat versie 1 bijeenkomst 8.pdf, certificaat versie 2 bijeenkomst 8.pdf',
    },
  ],
} satisfies z.input<typeof lessonSchema>;
