import type { z } from 'zod';

import type { lessonSchema } from '../schema';
import { lessonDaySteps } from './follow-up-ladder';
import { trustDefinition } from './trust-definition';

export const lesson7 = {
  number: 7,
  title: 'Moeilijke dingen vertellen',
  theme: 'Wie durf je moeilijke dingen te vertellen?',
  rationale: 'In interventie 7 wordt vanuit het mentaliseren in interventie 6 meer en meer aandacht gegeven aan de gevoelens van de leerling. Er wordt meer stilgestaan bij wat er in de buik gebeurt anders dan in het hoofd. Hierin geven leerkracht aan hoe vervelende (onder)buikgevoelens voor angst en stress kunnen zorgen. Hoe kunnen triggers door hulpverlener, leerkracht en leerling zelf herkend worden en wat geeft steun om daar mee om te gaan. Specifiek is er aandacht voor vertrouwen en er wordt uitgewerkt hoe steun eigen vertrouwen vorm kan voeden en hoe eigen vertrouwen kan groeien. In anderen maar ook hoe je eigen betrouwbaarheid zich kan versterken. In deze interventie wordt er een aanzet gegeven tot de algehele groei die de leerling heeft laten zien in deze interventiereeks. Ook wordt het netwerk hierop bevraagd.',
  preparation: 'De lessen worden door leerkracht en hulpverlener samen voorbereid. Zij brengen beiden hun specifieke deskundigheid mee waarbij de leerkracht vooral didactisch en de hulpverlener meer pedagogisch/systemisch geschoold is. Met elkaar kunnen ze goed doorgronden wat de klas en de individuele leerling nodig heeft om zich op zijn gemak te voelen en tot leren te kunnen komen. Ook zijn zij vanuit hun achtergrond in staat om specifiek aan te sluiten bij de leerlingen met (vermoedens van) hechtingsproblematiek.\n\nAan de hand van de gegeven lesinhoud bepalen leerkracht en hulpverlener wat er mogelijk is kijkend naar leeftijd, ontwikkelingsniveau, groepsdynamiek en onderliggende problematiek.',
  activities: [
    {
      number: 1,
      title: 'Oefening: Waar kom jij vandaan?',
      recurringOpening: true,
      purpose: 'Deze oefening komt iedere les terug als start van de les. Leerlingen kunnen al met de nodige stress in de klas binnenkomen. Deze oefening helpt de leerlingen om op een fijne manier tot rust te komen. Leerlingen kunnen beter in het hier en nu van de klassensituatie komen.',
      guidance: 'Zie: werkaantekeningen Les 7: bijlage 1\n\nHulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend. Zo ook positief gedrag van de leerlingen. Stuurt indien gewenst bij vanuit aansluiting met de leerling met verbindend taalgebruik.',
      teacherGuidance: 'Hulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend. Zo ook positief gedrag van de leerlingen.',
      careWorkerGuidance: 'Hulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend.',
      lead: 'CARE_WORKER',
      minutes: null,
      attachments: [1],
    },
    {
      number: 2,
      title: 'Voortgang werken aan eigen leerdoel',
      purpose: 'De leerling zelf, zijn maatje en medeleerlingen laten benoemen waarin zij zien dat het beter gaat bij een leerling.',
      guidance: 'De leerling zelf, zijn maatje en medeleerlingen laten benoemen waarin zij zien dat het beter gaat bij een leerling. Link leggen vanuit gekozen hulpbron en dan bespreken van hulp zijn voor anderen naar vertrouwen hebben in anderen. Terugpakken huiswerk eigen gekozen mentor (hulpbron zijn voor anderen).\n\nLeerkracht en hulpverlener leiden samen dit gesprek. Hulpverlener zorgt er voor dat alle leerlingen aan de beurt komen en inbreng hebben. Signalen van stress worden gesignaleerd, benoemd en hierop passend een inbreng van de hulpverlener.\n\nLaat definitie van vertrouwen zien op digibord en print deze desgewenst uit om in de klas op te hangen.\n\nDefinitie van vertrouwen: Kom afspraken na: vermijd geen verantwoordelijkheid en draai er niet voor weg. Maak anderen geen verwijten en ga niet wijzen als dingen niet goed gaan. Geef vertrouwen: schenk andere mensen vertrouwen, geef ze kansen om te tonen dat ze het vertrouwen waard zijn. Toon respect: geef oprecht om anderen',
      careWorkerGuidance: 'Hulpverlener zorgt er voor dat alle leerlingen aan de beurt komen en inbreng hebben. Signalen van stress worden gesignaleerd, benoemd en hierop passend een inbreng van de hulpverlener.',
      lead: 'BOTH',
      minutes: null,
      pupilFacingText: trustDefinition,
    },
    {
      number: 3,
      title: 'Filmpjes vertrouwen',
      purpose: 'Eerst filmpje van de basisschoolleerlingen waarbij te zien is dat je als groep op elkaar moet kunnen vertrouwen om samen iets te kunnen presteren. Het tweede filmpje gaat over het delen van persoonlijke dingen met de leerlingen uit je klas en wat dat op kan leveren.',
      guidance: 'Zie: werkmaterialen Les 7: bijlage 2\n\nFilmpje: Basisschoolleerlingen maken samen een pyramide en de Japanse levenslessen (eerste 10 minuten).\n\nBeide filmpjes worden getoond. Eerst filmpje van de basisschoolleerlingen waarbij te zien is dat je als groep op elkaar moet kunnen vertrouwen om samen iets te kunnen presteren. En deze leerlingen doen dat.\n\nHet tweede filmpje gaat over het delen van persoonlijke dingen met de leerlingen uit je klas en wat dat op kan leveren. Informatie komt uit brieven die leerlingen schrijven over zichzelf en die voorgelezen worden in de klas. Maak hierin de vergelijking met de eerdergenoemde Problemen/oplossingenbus.',
      lead: 'BOTH',
      minutes: null,
      attachments: [2],
    },
    {
      number: 4,
      title: 'Groepsgesprek over getoonde filmpjes',
      purpose: 'Het thema hierin is: Vertrouwen in jezelf en in de ander.',
      guidance: 'Leerlingen worden gevraagd naar hun eerste reactie of hebben onder het kijken al een reactie gegeven waarop teruggekomen kan worden. Het thema hierin is: Vertrouwen in jezelf en in de ander. Onderwerpen die daarin aan bod kunnen komen: Hoe geef jij vertrouwen aan de ander, wanneer vertrouw je iemand, heb je mensen die je vertrouwt, wat maakt iemand betrouwbaar voor jou, wat durf je dan te vertellen. Ben je zelf te vertrouwen, vertrouw je jezelf, wat maakt jou betrouwbaar. Durf je te vertellen als je van binnen boos, verdrietig of bang bent. Durf je aan te geven als de stress bij jou van binnen oploopt daardoor en welke gedachten je daar dan bij krijgt? Tegen wie vertel je het liefst vertrouwelijke dingen. Is dit dezelfde persoon als die waar je je talent aan durft te laten zien, waarom wel/ niet.\n\nLeerkracht en hulpverlener leiden dit gesprek in samenspraak waarbij zij zichzelf ook meer openstellen door iets persoonlijks te vertellen wat met vertrouwen en of stress te maken heeft. Hulpverlener en leerkracht signaleren en analyseren inbreng van de leerlingen en vragen door op waar ze bouw zien in vertrouwen en je durven uitspreken over wat er van binnen met je gebeurt.\n\nVoor de interventie bespreken leerkracht en hulpverlener of zij een vorm van iets vertellen over jezelf willen introduceren zoals genoemd bij Oefening briefgeheim met dien verstande dat de tekst dan zou zijn “wat ik anderen over mezelf wil vertellen”.',
      lead: 'BOTH',
      minutes: null,
    },
    {
      number: 5,
      title: 'Vertrouwensoefening',
      purpose: 'Kies uit: Gevoelskaarten, Vierlingen, Ballonnenklem, Blindemannetje, Een lange tunnel, Oefening van grip op de groep (zie link)',
      guidance: 'Zie: werkmaterialen Les 7: bijlage 3\n\nKies uit: Gevoelskaarten, Vierlingen, Ballonnenklem, Blindemannetje, Een lange tunnel, Oefening van grip op de groep (zie link)\n\nKeuze aan de leerlingen in samenspraak met leerkracht en hulpverlener.',
      lead: 'BOTH',
      minutes: null,
      options: [
        { key: 'gevoelskaarten', label: 'Gevoelskaarten' },
        { key: 'vierlingen', label: 'Vierlingen' },
        { key: 'ballonnenklem', label: 'Ballonnenklem' },
        { key: 'blindemannetje', label: 'Blindemannetje' },
        { key: 'een-lange-tunnel', label: 'Een lange tunnel' },
        { key: 'grip-op-de-groep', label: 'Oefening van grip op de groep', description: '(zie link)' },
      ],
      attachments: [3],
    },
    {
      number: 6,
      title: 'Markeren van groei',
      purpose: 'Van iedere leerling wordt nu kort nog ruimte gemaakt om de gezette stappen ten aanzien van eigen leerdoel, bouw in vertrouwen en omgaan met stress expliciet te benoemen.',
      guidance: 'Van iedere leerling wordt nu kort nog ruimte gemaakt om de gezette stappen ten aanzien van eigen leerdoel, bouw in vertrouwen en omgaan met stress expliciet te benoemen. Vanuit trots zal dit gevierd gaan worden in de afsluiting van deze lessenreeks. Wanneer we dit vieren willen we de erkenning van de eigen mentor daarin meenemen. Hierop voorbespreken huiswerk opdracht: De leerling gaat met in gesprek met eigen gekozen mentor. Hierin gaat de mentor aangeven hoe de leerling gegroeid is. Vragen aan leerling: Hoe ga je met je gekozen mentor in gesprek? En hoe zouden jullie deze stappen willen vieren?\n\nLeerkracht en hulpverlener benadrukken eigenaarschap en stappen in zelfsturing van de leerling. Hulpverlener richt zich specifiek op bouw in vertrouwen, omgaan met stress en het durven uitspreken van je van binnen voelt.',
      careWorkerGuidance: 'Hulpverlener richt zich specifiek op bouw in vertrouwen, omgaan met stress en het durven uitspreken van je van binnen voelt.',
      lead: 'BOTH',
      minutes: null,
    },
    {
      number: 7,
      title: 'Huiswerkopdracht eigen gekozen mentor',
      purpose: 'De eigen gekozen mentor laten aangeven hoe de leerling gegroeid is.',
      guidance: 'Zie: werkmaterialen Les 7: bijlage 4\n\nDe eigen gekozen mentor laten aangeven hoe de leerling gegroeid is.\n\nLET OP: alle leerlingen moeten dit blad ingevuld hebben door eigen gekozen hulpbron bij volgende bijeenkomst. Bij geen respons; attendeer eigen gekozen mentor hier twee dagen van tevoren op. En indien er geen retour komt, dan neemt de hulpverlener contact met ouder op. Indien hierop geen respons reactie als bij les 1.',
      lead: 'BOTH',
      minutes: null,
      attachments: [4],
      mentorHomework: true,
    },
  ],
  homework: {
    activityNumber: 7,
    description: 'De eigen gekozen mentor laten aangeven hoe de leerling gegroeid is.',
    // The sheet is wanted "bij volgende bijeenkomst", but the mentor is reminded "twee dagen van tevoren":
    // that day is the one the app treats as due, so the ladder has time to run before the lesson.
    due: { kind: 'DAYS_BEFORE_NEXT_LESSON', days: 2 },
    ruleText: 'LET OP: alle leerlingen moeten dit blad ingevuld hebben door eigen gekozen hulpbron bij volgende bijeenkomst. Bij geen respons; attendeer eigen gekozen mentor hier twee dagen van tevoren op. En indien er geen retour komt, dan neemt de hulpverlener contact met ouder op. Indien hierop geen respons reactie als bij les 1.',
    followUp: [
      {
        key: 'remind-mentor',
        dayOffsetFromDue: 0,
        anchor: 'DUE_DATE',
        who: 'PAIR',
        action: 'Bij geen respons; attendeer eigen gekozen mentor hier twee dagen van tevoren op.',
      },
      // After the reminder the source names no day for this step;
      // lesson 1's ladder takes it a day before the lesson.
      {
        key: 'contact-mentor',
        dayOffsetFromDue: -1,
        anchor: 'NEXT_LESSON',
        who: 'CARE_WORKER',
        action: 'En indien er geen retour komt, dan neemt de hulpverlener contact met ouder op.',
      },
      ...lessonDaySteps,
    ],
    followUpAsLesson: 1,
  },
  materials: [
    { number: 1, title: 'Waar kom jij vandaan.docx' },
    { number: 2, title: 'Filmpjes over vertrouwen bijeenkomst 7.pdf' },
    // The link appears twice in the source's list, once beside bijlage 3's files and once beside bijlage 4's;
    // it is the "Oefening van grip op de groep (zie link)" of activity 5, so it belongs to bijlage 3.
    {
      number: 3,
      title: 'Gevoelskaarten.docx, Vierlingen.docx, Ballonnenklem.docx, Een lange tunnel.docx, https://website.thiememeulenhoff.nl/gripopdegroep/artikelen/extra-oefeningen.html',
    },
    { number: 4, title: 'huiswerkopdracht bijeenkomst 7.pdf, huiswerkopdracht SO bijeenkomst 7.pdf' },
  ],
} satisfies z.input<typeof lessonSchema>;
