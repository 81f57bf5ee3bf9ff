import type { z } from 'zod';

import type { lessonSchema } from '../schema';

export const lesson4 = {
  number: 4,
  title: 'Maken van keuzes',
  theme: 'Maken van keuzes',
  rationale: 'Interventie 4 gaat over het maken van keuzes. De leerlingen staan meer bewust stil bij de keuzes die ze maken. Kiezen ze bij een activiteit vooral voor wat ze zelf leuk vinden of houden ze ook rekening met de ander of laten ze de keuze aan de ander. Zijn ze in staat te overleggen en eigen behoeften uit te spreken. Welke keuzes maken ze als ze stress ervaren en hoe kan dit wellicht anders en beter. Hebben ze er vertrouwen in dat ze samen met de ander de activiteit goed af kunnen ronden. Vertrouwen ze de ander toe een onderdeel uit te werken of willen ze zelf de regie houden. Zijn ze in staat positief te reageren op de ander. Kunnen ze trots zijn op wat ze zelf laten zien. Zijn ze gewend te kiezen voor de makkelijkste weg of kiezen ze voor een moeilijkere weg die meer stress oplevert. Leerkracht en hulpverlener benoemen op voorhand mogelijkheden van tevoren en ook de stress die sommige keuzes op kunnen leveren. Hulpverlener en leerkracht ondertitelen in deze het gedrag van de leerling en van henzelf. Ze geven woorden aan mogelijke stress en maken door benoemen situaties inzichtelijk, voorspelbaarheid en daarmee hanteerbaar. Ze schetsen oorzaak en gevolg en benoemen samen met de leerling escapes om de stress te reduceren. Ze geven ook aan waar kansen liggen om anderen als hulpbron te gebruiken.',
  preparation: 'De lessen worden door leerkracht en hulpverlener samen voorbereid. Zij brengen beiden hun specifieke deskundigheid mee waarbij de leerkracht vooral didactisch en de hulpverlener meer pedagogisch/systemisch geschoold is. Met elkaar kunnen ze goed doorgronden wat de klas en de individuele leerling nodig heeft om zich op zijn gemak te voelen en tot leren te kunnen komen. Ook zijn zij vanuit hun achtergrond in staat om specifiek aan te sluiten bij de leerlingen met (vermoedens van) hechtingsproblematiek.\n\nAan de hand van de gegeven lesinhoud bepalen leerkracht en hulpverlener wat er mogelijk is kijkend naar leeftijd, ontwikkelingsniveau, groepsdynamiek en onderliggende problematiek.',
  activities: [
    {
      number: 1,
      title: 'Oefening: Waar kom jij vandaan?',
      recurringOpening: true,
      purpose: 'Deze oefening komt iedere les terug als start van de les. Leerlingen kunnen al met de nodige stress in de klas binnenkomen. Deze oefening helpt de leerlingen om op een fijne manier tot rust te komen. Leerlingen kunnen beter in het hier en nu van de klassensituatie komen.',
      guidance: 'Zie: werkmaterialen Les 4: bijlage 1\n\nHulpverlener neemt voortouw bij deze oefening en leerkracht bekrachtigt in deze de info van de hulpverlener instemmend. Zo ook positief gedrag van de leerlingen. Stuurt indien gewenst bij vanuit aansluiting met de leerling met verbindend taalgebruik.',
      teacherGuidance: 'Hulpverlener neemt voortouw bij deze oefening en leerkracht bekrachtigt in deze de info van de hulpverlener instemmend. Zo ook positief gedrag van de leerlingen.',
      careWorkerGuidance: 'Hulpverlener neemt voortouw bij deze oefening en leerkracht bekrachtigt in deze de info van de hulpverlener instemmend.',
      lead: 'CARE_WORKER',
      minutes: null,
      attachments: [1],
    },
    {
      number: 2,
      title: 'Welke keuzes maak ik?',
      purpose: 'Leerlingen gaan voor zichzelf meer helder krijgen op basis waarvan zij keuzes maken in handelen.',
      guidance: 'Zie: werkmaterialen Les 4: bijlage 2\n\nLeerlingen gaan voor zichzelf meer helder krijgen op basis waarvan zij keuzes maken in handelen. Zijn deze keuzes gebaseerd op aannames, verwachtingen en/of overtuigingen over zichzelf en de ander. Bijvoorbeeld: “De ander zal het toch wel beter weten of kunnen”. De leerling kan erg afwachtend zijn vanuit mogelijk de volgende (mogelijk aan hechting gerelateerde) overtuigingen: “Misschien lachen ze me uit, het interesseert me niet, ik wil de ander niet kwetsen en dergelijke”. Of de leerling kan juist moeilijk afwijken van een eigen idee en weinig ruimte hebben voor de inbreng van een ander vanwege de behoefte aan grip. De leerlingen vullen een werkblad in wat gaat over meer inzicht in jezelf verkrijgen bij de keuzes die je maakt.\n\nLeerkracht en hulpverlener spreken met elkaar af wie deze activiteit introduceert en wie meer specifiek let op reacties/ vragen van de leerlingen.',
      lead: 'BOTH',
      minutes: null,
      attachments: [2],
    },
    {
      number: 3,
      title: 'Nabespreken van dit werkblad klassikaal',
      purpose: 'Leerlingen krijgen de ruimte om zelf iets te vertellen over wat ze opgeschreven hebben.',
      guidance: 'Leerlingen krijgen de ruimte om zelf iets te vertellen over wat ze opgeschreven hebben. Leerkracht en hulpverlener vragen desgewenst door om onderliggende redenen voor keuzes benoemt en daarmee helder te krijgen.\n\nLeerkracht bevragen ook leerlingen die zich niet uit zichzelf melden.',
      teacherGuidance: 'Leerkracht bevragen ook leerlingen die zich niet uit zichzelf melden.',
      lead: 'BOTH',
      minutes: null,
    },
    {
      number: 4,
      title: 'Groepsactiviteit Keuzes maken',
      purpose: 'Hierop volgt nu uitleg waarbij de leerlingen kunnen kiezen. Aandacht voor diverse interesses, per onderdeel: moeilijk/ makkelijk, alleen/ samen, binnen/ buiten, met/ zonder tijdselement. Iedereen iets te kiezen',
      guidance: 'Zie: werkmaterialen Les 4: bijlage 3\n\nLeerkracht en hulpverlener hebben in de voorgaande dagen al gesproken over deze groepsactiviteit en interesses en mogelijkheden geïnventariseerd. Nu liggen verschillende taakjes klaar en zijn opdrachten voorbereid. Hierop volgt nu uitleg waarbij de leerlingen kunnen kiezen. Aandacht voor diverse interesses, per onderdeel: moeilijk/ makkelijk, alleen/ samen, binnen/ buiten, met/ zonder tijdselement. Iedereen iets te kiezen\n\nDenk hierbij aan: zelf kruiswoordpuzzel maken, tekening maken, stripverhaal maken, les maken voor de klas, goocheltruc doen, scheikundige proefjes, constructiemateriaal, buiten balansoefening/ hindernisbaan/ wedstrijd rennen, kahoot quiz, cake/ salade/ tosti’s maken, interview afnemen, speurtocht maken, I movie filmpje maken, optreden voorbereiden, rap maken, knutselopdracht.\n\nLeerkracht en hulpverlener geven uitleg en benoemen dat een dergelijke activiteit lastig kan zijn en stress op kan leveren. Ook daarin goed om verstandige keuzes te maken waarbij de leerkracht en de hulpverlener kunnen ondersteunen. Hulpverlener legt focus op stress van leerlingen en kijkt hoe deze stress aanvaardbaar gemaakt kan worden. Bijvoorbeeld: Voeten op de grond en enkele diepe buikademhalingen. Of oefening met de hele klas om terug in rust te komen (bijvoorbeeld vijf vingeroefening).\n\nDe leerkracht en hulpverlener kunnen er ook voor kiezen zelf voor een meer centrale opdracht te kiezen waarbinnen en er door de leerlingen daarbinnen keuzes gemaakt kunnen worden. Bijvoorbeeld: De leerlingen maken per twee- of drietal een recept op papier. Van bijvoorbeeld een soep of salade waarvan er een uitgekozen gaat worden die echt gemaakt gaat worden in de klas met verzoek andere gerechten thuis te bereiden met netwerk.\n\nHulpverlener en leerkracht observeren en noteren wat zij bij de leerlingen zien wanneer het gaat over het maken van keuzes. Zo ook ten aanzien van de afstemming tussen de leerlingen. Welke leerlingen nemen zelf initiatief of laten veel aan de ander. Hoe wordt er afgestemd en wat is de reden hiervan. Ter plekke kan dat onder woorden gebracht worden en zijn er constructiever keuzes mogelijk. Te denken valt dan in eerste instantie aan de kleinst mogelijk te zetten stap door de leerling vanuit zelfsturing.',
      careWorkerGuidance: 'Hulpverlener legt focus op stress van leerlingen en kijkt hoe deze stress aanvaardbaar gemaakt kan worden. Bijvoorbeeld: Voeten op de grond en enkele diepe buikademhalingen. Of oefening met de hele klas om terug in rust te komen (bijvoorbeeld vijf vingeroefening).',
      lead: 'BOTH',
      minutes: null,
      options: [
        {
          key: 'verschillende-taakjes',
          label: 'Verschillende taakjes',
          description: 'Denk hierbij aan: zelf kruiswoordpuzzel maken, tekening maken, stripverhaal maken, les maken voor de klas, goocheltruc doen, scheikundige proefjes, constructiemateriaal, buiten balansoefening/ hindernisbaan/ wedstrijd rennen, kahoot quiz, cake/ salade/ tosti’s maken, interview afnemen, speurtocht maken, I movie filmpje maken, optreden voorbereiden, rap maken, knutselopdracht.',
        },
        {
          key: 'centrale-opdracht',
          label: 'Een meer centrale opdracht',
          description: 'Bijvoorbeeld: De leerlingen maken per twee- of drietal een recept op papier. Van bijvoorbeeld een soep of salade waarvan er een uitgekozen gaat worden die echt gemaakt gaat worden in de klas met verzoek andere gerechten thuis te bereiden met netwerk.',
        },
      ],
      attachments: [3],
    },
    {
      number: 5,
      title: 'Evalueren van deze groepsactiviteit met de klas',
      purpose: 'Insteek van deze evaluatie is dat leerlingen zelf maar ook leerkracht en hulpverlener helder krijgen op basis van welke overtuigingen keuzes gemaakt worden door de leerlingen. En daarbij of ze voor zichzelf op kunnen komen en de ander in de waarde kunnen laten.',
      guidance: 'Insteek van deze evaluatie is dat leerlingen zelf maar ook leerkracht en hulpverlener helder krijgen op basis van welke overtuigingen keuzes gemaakt worden door de leerlingen. En daarbij of ze voor zichzelf op kunnen komen en de ander in de waarde kunnen laten.',
      lead: 'BOTH',
      minutes: null,
    },
    {
      number: 6,
      title: 'Eindactiviteit',
      purpose: 'Cooling down/ bewegingsoefening om tot rust en verbinding te komen met elkaar.',
      guidance: 'Zie: werkmaterialen Les 4: bijlage 4\n\nCooling down/ bewegingsoefening om tot rust en verbinding te komen met elkaar.\n\n- Laat (je) maar zien\n- Stalen Borst\n- De Ontspannende schommel\n- Zelfgekozen oefening\n\nLeerkracht en hulpverlener stemmen af hoe ze deze activiteit vormgeven.\n\nDe hulpverlener observeert specifiek wat er bij de leerlingen gebeurt bij deze oefeningen in het kader van spanning/ontspanning. Wat is te zien met name bij leerlingen met hechtingsproblemen.',
      careWorkerGuidance: 'De hulpverlener observeert specifiek wat er bij de leerlingen gebeurt bij deze oefeningen in het kader van spanning/ontspanning. Wat is te zien met name bij leerlingen met hechtingsproblemen.',
      lead: 'BOTH',
      minutes: null,
      options: [
        { key: 'laat-je-maar-zien', label: 'Laat (je) maar zien' },
        { key: 'stalen-borst', label: 'Stalen Borst' },
        { key: 'de-ontspannende-schommel', label: 'De Ontspannende schommel' },
        { key: 'zelfgekozen-oefening', label: 'Zelfgekozen oefening', ownChoice: true },
      ],
      attachments: [4],
    },
  ],
  homework: null,
  materials: [
    { number: 1, title: 'Waar kom jij vandaan.docx' },
    {
      number: 2,
      title: 'Keuzes maken blad.docx, Werkblad keuzes maken SO.docx, Werkblad keuzes maken VSO.docx, Werkblad keuzes maken SO.pdf, Werkblad keuzes maken VSO.pdf',
    },
    { number: 3, title: 'Doe de vijfvingeroefening.docx' },
    {
      number: 4,
      title: 'Laat - je - maar zien.docx, Stalen Borst.docx, De ontspannende schommel.docx',
    },
  ],
} satisfies z.input<typeof lessonSchema>;
