import type { z } from 'zod';

import type { lessonSchema } from '../schema';
import { lessonDaySteps } from './follow-up-ladder';

export const lesson2 = {
  number: 2,
  title: 'Waar ben ik goed in',
  theme: 'Waar ben ik goed in, wat zijn mijn talenten. En aan wie durf ik die te laten zien.',
  rationale: 'Tijdens les 2 komt het vertrouwen in de ander duidelijker in beeld. De leerlingen mogen erkenning gaan geven en krijgen van andere leerlingen. Hier zit nogal wat gradatie in van heel oppervlakkig naar veel meer diepgaand. Deze manier van erkennen is de aanzet om meer verdraagzaamheid bij de leerlingen naar elkaar te gaan hebben en ook te oefenen. Hoe kan je een klasgenoot steunen wanneer die het lastig heeft. Hoe werkt dat voor jou, wat vind je fijn en wat helpt jou. Leerkracht en hulpverlener bezien hierin wat mogelijk is en motiveren leerlingen en geven zelf het voorbeeld ook in verschillende lagen.',
  preparation: 'De lessen worden door leerkracht en hulpverlener samen voorbereid. Zij brengen beiden hun specifieke deskundigheid mee waarbij de leerkracht vooral didactisch en de hulpverlener meer pedagogisch/systemisch geschoold is. Met elkaar kunnen ze goed doorgronden wat de klas en de individuele leerling nodig heeft om zich op zijn gemak te voelen en tot leren te kunnen komen. Ook zijn zij vanuit hun achtergrond in staat om specifiek aan te sluiten bij de leerlingen met (vermoedens van) hechtingsproblematiek.\n\nAan de hand van de gegeven lesinhoud bepalen leerkracht en hulpverlener wat er mogelijk is kijkend naar leeftijd, ontwikkelingsniveau, groepsdynamiek en onderliggende problematiek.',
  activities: [
    {
      number: 1,
      title: 'Oefening: Waar kom jij vandaan?',
      recurringOpening: true,
      purpose: 'Deze oefening komt iedere les terug als start van de les. Leerlingen kunnen al met de nodige stress in de klas binnenkomen. Deze oefening helpt de leerlingen om op een fijne manier tot rust te komen. Leerlingen kunnen beter in het hier en nu van de klassensituatie komen.',
      guidance: 'Zie: werkmaterialen Les 2: bijlage 1\n\nDeze oefening komt iedere les terug als start van de les. Leerlingen kunnen al met de nodige stress in de klas binnenkomen. Deze oefening helpt de leerlingen om op een fijne manier tot rust te komen. Leerlingen kunnen beter in het hier en nu van de klassensituatie komen. Hulpverlener neemt het voortouw bij deze oefening en de leerkracht bekrachtigt in deze de informatie van de hulpverlener instemmend. Ook positief gedrag van de leerlingen wordt bekrachtigd. Stuur indien gewenst bij vanuit aansluiting met de leerling met verbindend taalgebruik.',
      teacherGuidance: 'Hulpverlener neemt het voortouw bij deze oefening en de leerkracht bekrachtigt in deze de informatie van de hulpverlener instemmend.',
      careWorkerGuidance: 'Hulpverlener neemt het voortouw bij deze oefening en de leerkracht bekrachtigt in deze de informatie van de hulpverlener instemmend.',
      lead: 'CARE_WORKER',
      minutes: null,
      attachments: [1],
    },
    {
      number: 2,
      title: 'Terugkoppelen huiswerkopdracht vijf vingers aan de hand',
      purpose: 'Bladen worden opgehangen en voorgelezen door leerkracht en hulpverlener die daarin medeleerlingen en zichzelf de ruimte geven om de talenten nog verder toe te lichten te bekrachtigen en voorbeelden te noemen.',
      guidance: 'Leerkracht en hulpverlener weten voor les of alle vijf vingers bladen mee teruggekomen zijn naar school. Zijn er bladen niet teruggekomen dan spreken zij van te voren af hoe ze dit terugkoppelen naar de leerling individueel (Naar de leerling wordt aangegeven dat dit niet fijn kan voelen en dat hij of zij daar later nog op terug kan komen). Klassikaal wordt ook benoemd dat dit lastig kan zijn maar wordt de mentor ontschuldigd en de verwachting uitgesproken dat de respons alsnog zal komen.\n\nDe hulpverlener heeft specifiek aandacht voor de leerling(en) die geen respons hebben gekregen op signalen van stress.\n\nBladen worden opgehangen en voorgelezen door leerkracht en hulpverlener die daarin medeleerlingen en zichzelf de ruimte geven om de talenten nog verder toe te lichten te bekrachtigen en voorbeelden te noemen.',
      careWorkerGuidance: 'De hulpverlener heeft specifiek aandacht voor de leerling(en) die geen respons hebben gekregen op signalen van stress.',
      lead: 'BOTH',
      minutes: null,
    },
    {
      number: 3,
      title: 'Benoemen van kwaliteiten/ talenten van de ander',
      purpose: 'Leerlingen schrijven op Post-its welke talenten ze zien bij medeleerlingen. Dit gaat zeker niet alleen over vaardigheden maar ook en vooral over karaktereigenschappen/gedrag van de leerling wat ze knap en prettig vinden.',
      guidance: 'Leerlingen schrijven op Post-its welke talenten ze zien bij medeleerlingen. Dit gaat zeker niet alleen over vaardigheden maar ook en vooral over karaktereigenschappen/gedrag van de leerling wat ze knap en prettig vinden. Ze schrijven ook de voornaam van de medeleerling op. In principe in ieder geval 1 post-it velletje per medeleerling opgeschreven. Meer mag ook. Vervolgens lopen leerlingen rond en plakken de post-its op de rug van de medeleerling met er op waar ze goed in zijn. Desgewenst mogen er ook talenten op de rug van leerkracht en hulpverlener geplakt worden.\n\nHierna worden de post-its op een wit vel geplakt wat klaarligt op het tafeltje van de leerling. Maatje haalt post-its van de rug en geeft ze aan de leerling die ze opplakt.\n\nLeerkracht en hulpverlener benoemen van tevoren wat de bedoeling is in onderlinge afstemming. Ze benoemen dat ze vooral ook op zoek zijn naar talenten in het contact met anderen. Zij benoemen en bekrachtigen eigen initiatief van leerlingen en ook acties die de afstemming bevorderen. Bijvoorbeeld even wachten terwijl een ander een post-it opplakt.\n\nHet heeft de voorkeur deze werkvorm te doen op bovenstaande manier. Als het nog te ingewikkeld blijkt te zijn kan er bijgesteld worden door alle leerlingen weer te laten gaan zitten en kan er dan een vel wit papier op iedere tafel van de leerlingen gelegd worden waar de post-its opgeplakt worden. (Hier kan een foto van gemaakt worden en/of een kopie die in de werkmap gaat) of ze het welkblad eigenschappen in laten vullen.',
      lead: 'BOTH',
      minutes: null,
    },
    {
      number: 4,
      title: 'Nabespreken van deze activiteit',
      purpose: 'De leerlingen laten vertellen in welke talenten ze zich herkennen en waar ze trots op zijn.',
      guidance: 'De leerlingen laten vertellen in welke talenten ze zich herkennen en waar ze trots op zijn. Het gaat hier om vaardigheden en gedrag. Ze mogen dit ook toelichten en zelf aangeven wat ze daarin fijn vinden ook vanuit de inbreng van de ander (de medeleerling). Medeleerlingen mogen hierop aanvullen.\n\nEn wat ze het leukste/ mooiste/ verrassendste vinden wat ze op blaadje vonden staan.\n\nLeerkracht of hulpverlener leiden dit gesprek en geven erkenning ten aanzien van genoemde talenten door de leerling zelf maar ook dat het goed en knap is deze te uiten waarbij de ander oog heeft voor blijdschap, teleurstelling of een andere emoties die dan bespreekbaar gemaakt kan worden. Wellicht vindt een leerling niets goed van zichzelf vanuit een kernovertuiging en kun je hier als leerkracht en hulpverlener een jij versus ik waarneming naast zetten. Dit kan ook een medeleerling doen.',
      lead: 'BOTH',
      minutes: null,
    },
    {
      number: 5,
      title: 'Leerlingen mogen 2x een top 3 van hun talenten maken',
      purpose: 'De leerlingen gaan op 2 werkbladen een top 3 van hun talenten maken (goud, zilver en brons) Een werkblad vaardigheid; Een werkblad gedrag.',
      guidance: 'Zie werkmaterialen Les 2: bijlage 2\n\nDe leerlingen gaan op 2 werkbladen een top 3 van hun talenten maken (goud, zilver en brons) Een werkblad vaardigheid; Een werkblad gedrag. Zij doen dit in tweetallen. Ze krijgen de mogelijkheid om met buurman of buurvrouw nog meer te vertellen over hun talenten die benoemd zijn.\n\nLeerkracht en hulpverlener ondersteunen deze samenspraak en brengen desgewenst een belangrijke eigenschap, handeling e.d. op groepsniveau.',
      lead: 'BOTH',
      minutes: null,
      attachments: [2],
    },
    {
      number: 6,
      title: 'Eindactiviteit met talenten',
      purpose: 'Dit is een spel waar op kaartjes kwaliteiten en talenten uitgebeeld en benoemd staan.',
      guidance: 'Zie: werkmaterialen Les 2: bijlage 3\n\nLeerkracht en hulpverlener lezen van tevoren desgewenst de handleiding van het kwaliteitenspel (zie werkmaterialen)\n\nLeerkracht en hulpverlener nemen ieder een groepje leerlingen onder hun hoede waarmee ze het kinderkwaliteitenspel gaan spelen. Dit is een spel waar op kaartjes kwaliteiten en talenten uitgebeeld en benoemd staan.\n\nLeerkracht en hulpverlener zorgen voor twee doosjes met het kwaliteitenspel. Ze sorteren de kaartjes op het niveau van de leerlingen in de klas.\n\nNa het spelen van het spel kunnen kwaliteiten nog ingevuld worden op het invulblad (zie werkmaterialen)\n\nLeerkracht en hulpverlener zorgen voor afstemming tussen de leerlingen. Zij nodigen de leerlingen uit interesse en betrokkenheid te tonen.',
      lead: 'BOTH',
      minutes: null,
      attachments: [3],
    },
    {
      number: 7,
      title: 'Huiswerk voor eigen gekozen mentor',
      purpose: 'De mentor gaat thuis met zoon/dochter op het werkblad formuleren wat nog lastig is en van waaruit er een leerdoel geformuleerd gaat worden.',
      guidance: 'Zie Werkmaterialen Les 2: bijlage 4\n\nDe mentor gaat thuis met zoon/dochter op het werkblad formuleren wat nog lastig is en van waaruit er een leerdoel geformuleerd gaat worden.\n\nLET OP: alle leerlingen moeten dit blad ingevuld hebben door eigen gekozen mentor in ieder geval een dag voor de volgende bijeenkomst. Indien geen respons; attendeer dan de mentor hier dezelfde dag nog op. (De hulpverlener neemt dan contact op met de mentor). En indien er geen retour is op de dag van de interventie spreek dan met de leerling af dat je ervan uitgaat dat die respons alsnog gaat komen. (De hulpverlener neemt dan opnieuw contact op met de mentor) Hulpverlener en leerkracht bespreken hierop hoe hier met betreffende leerling door de hulpverlener op teruggekomen gaat worden.',
      lead: 'BOTH',
      minutes: null,
      attachments: [4],
      mentorHomework: true,
    },
  ],
  homework: {
    activityNumber: 7,
    description: 'De mentor gaat thuis met zoon/dochter op het werkblad formuleren wat nog lastig is en van waaruit er een leerdoel geformuleerd gaat worden.',
    due: { kind: 'DAYS_BEFORE_NEXT_LESSON', days: 1 },
    ruleText: 'LET OP: alle leerlingen moeten dit blad ingevuld hebben door eigen gekozen mentor in ieder geval een dag voor de volgende bijeenkomst. Indien geen respons; attendeer dan de mentor hier dezelfde dag nog op. (De hulpverlener neemt dan contact op met de mentor). En indien er geen retour is op de dag van de interventie spreek dan met de leerling af dat je ervan uitgaat dat die respons alsnog gaat komen. (De hulpverlener neemt dan opnieuw contact op met de mentor) Hulpverlener en leerkracht bespreken hierop hoe hier met betreffende leerling door de hulpverlener op teruggekomen gaat worden.',
    followUp: [
      {
        key: 'contact-mentor',
        dayOffsetFromDue: 0,
        anchor: 'DUE_DATE',
        who: 'CARE_WORKER',
        action: 'Indien geen respons; attendeer dan de mentor hier dezelfde dag nog op. (De hulpverlener neemt dan contact op met de mentor).',
      },
      ...lessonDaySteps,
    ],
  },
  materials: [
    { number: 1, title: 'Waar kom jij vandaan.docx' },
    { number: 2, title: 'Mijn top 3 van talent.docx' },
    {
      number: 3,
      title: 'handleiding kinderkwaliteitenspel.pdf, werkblad na kinderkwaliteitenspel.pdf',
    },
    { number: 4, title: 'ouderbrief bijeenkomst 2.docx, invulblad ouders doelen.docx' },
  ],
} satisfies z.input<typeof lessonSchema>;
