import type { z } from 'zod';

import type { lessonSchema } from '../schema';
import { lessonDaySteps } from './follow-up-ladder';

export const lesson6 = {
  number: 6,
  title: 'Een fijne hulp zijn',
  theme: 'Hoe kan ik ook een fijne hulp zijn voor een ander lkr./ll/ ouders/ broertje/zusje',
  rationale: 'In interventie 6 wordt de inzet vanuit het eigen netwerk nog concreter gemaakt. Daarnaast gaat de leerling over tot een stukje zelfreflectie. Kan de leerling reflecteren op eigen handelen en daar ook de verantwoordelijkheid voor nemen. De verantwoordelijkheid naar jezelf toeschuiven kan eng en confronterend zijn. Veel leerlingen met problemen in de hechting hebben de neiging de oorzaak van een conflict bij de ander neer te legen: “Ja maar hij …..” Zelf in de schijnwerper staan maakt je kwetsbaar. Goed om te ervaren dat kwetsbaarheid laten durven zien juist krachtig is. Hiermee kan het ongemakkelijke stressgevoel wat in eerste instantie aanwezig kan zijn plaats maken voor een gevoel van trots. Een belangrijk onderdeel in deze interventie is het leren mentaliseren van de leerling. De leerkracht en hulpverlener nemen het voortouw in het benoemen van hoe zaken voor de een of voor de ander kunnen werken en hoe je bij eenzelfde gebeurtenis als twee verschillende mensen daar andere gedachten over kan hebben. De bedoeling is om de leerling vanuit een breder kader naar zichzelf, naar de ander en naar de wereld te laten kijken. De hoop en verwachting is dat de leerling zijn eigen gedrag en dat van de ander beter leert begrijpen. De leerling kan zich veiliger en competenter gaan voelen en hierop beter op eigen grond durven te gaan staan. Hiermee wordt de eigen zelfsturing bevorderd en het eigenaarschap van de leerling over eigen handelen groter. De aanleiding om vaker initiatieven te nemen om te komen nieuwe positieve relaties anderen. Hieruit voortvloeiend is het in deze interventie ook de bedoeling dat de leerling meer en meer verkend hoe hij ook voor een ander een hulpbron zou kunnen zijn.',
  preparation: 'De lessen worden door leerkracht en hulpverlener samen voorbereid. Zij brengen beiden hun specifieke deskundigheid mee waarbij de leerkracht vooral didactisch en de hulpverlener meer pedagogisch/systemisch geschoold is. Met elkaar kunnen ze goed doorgronden wat de klas en de individuele leerling nodig heeft om zich op zijn gemak te voelen en tot leren te kunnen komen. Ook zijn zij vanuit hun achtergrond in staat om specifiek aan te sluiten bij de leerlingen met (vermoedens van) hechtingsproblematiek.\n\nAan de hand van de gegeven lesinhoud bepalen leerkracht en hulpverlener wat er mogelijk is kijkend naar leeftijd, ontwikkelingsniveau, groepsdynamiek en onderliggende problematiek.',
  activities: [
    {
      number: 1,
      title: 'Oefening: Waar kom jij vandaan?',
      recurringOpening: true,
      purpose: 'Deze oefening komt iedere les terug als start van de les. Leerlingen kunnen al met de nodige stress in de klas binnenkomen. Deze oefening helpt de leerlingen om op een fijne manier tot rust te komen. Leerlingen kunnen beter in het hier en nu van de klassensituatie komen.',
      guidance: 'Zie: werkmaterialen Les 6: bijlage 1\n\nHulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend. Zo ook positief gedrag van de leerlingen. Stuurt indien gewenst bij vanuit aansluiting met de leerling met verbindend taalgebruik.',
      teacherGuidance: 'Hulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend. Zo ook positief gedrag van de leerlingen.',
      careWorkerGuidance: 'Hulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend.',
      lead: 'CARE_WORKER',
      minutes: null,
      attachments: [1],
    },
    {
      number: 2,
      title: 'Evalueren van (het) eigen gekozen leerdoel(en)',
      purpose: 'Het is de bedoeling dat de leerling erkenning gaat ervaren vanuit anderen en daardoor wellicht zelf ook erkenning kan geven aan de ander.',
      guidance: 'Zie werkmaterialen Les 6: bijlage 2\n\nHet eigen leerdoel wordt naar belicht en toegelicht vanuit de eigen waarneming van de leerling zowel op school als thuis. Daarnaast wordt de feedback van de mentor thuis vanuit de huiswerkopdracht besproken zo ook de feedback van het eigen maatje en overige klasgenoten en tot slot vanuit leerkracht en hulpverlener.\n\nLeerkracht en hulpverlener laten de leerling benoemen wat beter gaat en komen anderen in de genoemde volgorde aan het woord. Hierbij wordt door leerkracht en hulpverlener de nadruk gelegd op de zelfsturing van de leerling, het beteugelen van stress en het inzicht in oorzaak en gevolg en het verschil voor het gevolg vanwege de andere manier van reageren naar jezelf en de ander. Hulpverlener vraagt in deze gericht door. Het is de bedoeling dat de leerling erkenning gaat ervaren vanuit anderen en daardoor wellicht zelf ook erkenning kan geven aan de ander. Leerkracht noteert de erkenning die de leerling krijgt en herhaalt deze ter samenvatting.\n\nDe hele klas komt aan de beurt dus dit gaat tijd nemen. Houdt het zo kort en bondig mogelijk maar wel met voldoende aandacht en erkenning voor proces van de leerling. Omdat het toch de nodige tijd zal vragen is het goed om aandacht te besteden aan hoe leerlingen er hun aandacht bij kunnen houden door tijdvakken te maken met tussendoor even bewegen, muziek, ontspanningsoefening of energizer bijvoorbeeld blinde overgave, voorwerp tussen de vingers of blindengeleiding.',
      teacherGuidance: 'Leerkracht noteert de erkenning die de leerling krijgt en herhaalt deze ter samenvatting.',
      careWorkerGuidance: 'Hulpverlener vraagt in deze gericht door.',
      lead: 'BOTH',
      minutes: null,
      options: [
        { key: 'blinde-overgave', label: 'Blinde overgave' },
        { key: 'voorwerp-tussen-de-vingers', label: 'Voorwerp tussen de vingers' },
        { key: 'blindengeleiding', label: 'Blindengeleiding' },
      ],
      attachments: [2],
    },
    {
      number: 3,
      title: 'Inzetten van je hulpbron(nen)',
      purpose: 'Gesprek met de klas specifiek over je hulpbron(nen). Dit vanuit het gegeven dat je de dingen zelf zal moeten veranderen maar dat je dit niet alleen hoeft te doen.',
      guidance: 'Gesprek met de klas specifiek over je hulpbron(nen). Dit vanuit het gegeven dat je de dingen zelf zal moeten veranderen maar dat je dit niet alleen hoeft te doen. Vragen hierbij aan de leerlingen: “Wie heeft zijn hulpbron al goed in kunnen zetten? “Wat heb je zelf gedaan en wat deed de ander en op welke manier.” (Hierin aandacht voor helpen versus bemoeien ofwel durven toelaten van hulp).\n\nHierop de koppeling naar hoe je zelf voor iemand anders een hulpbron kan zijn.\n\nLeerkracht en hulpverlener zorgen ervoor dat deze reflectie kort en bondig is maar wel dat de betekenis van de hulpbron goed naar voren komt. Zij zorgen ervoor dat dit concreet genoeg voor de leerling(en) duidelijk wordt.',
      lead: 'BOTH',
      minutes: null,
    },
    {
      number: 4,
      title: 'Zelf een hulpbron voor een ander',
      purpose: 'Leerlingen maken een collage van afbeeldingen uit tijdschriften waar mensen op staan die anderen helpen.',
      guidance: 'Zie: Werkmaterialen Les 6: bijlage 3\n\nLeerlingen maken een collage van afbeeldingen uit tijdschriften waar mensen op staan die anderen helpen. Leerlingen mogen deze collage samen maken met hun maatje.\n\nLeerkracht en hulpverlener stemmen met elkaar af wie de instructie geeft voor deze opdracht. Bij de verwerking nemen zij iets meer afstand van de leerlingen en zijn hun interventies erop gericht de leerling zelf na te laten denken. De leerling kan de dingen bespreken met zijn maatje en bezien hoe ze elkaar zouden kunnen ondersteunen. Dus relatief weinig steun/inbreng van leerkracht en hulpverlener.',
      lead: 'BOTH',
      minutes: null,
      attachments: [3],
    },
    {
      number: 5,
      title: 'Kort deze activiteit evalueren',
      purpose: 'Hierbij wel al even gaan naar de gevoel laag van degene die geholpen wordt op de collage en degene die helpt.',
      guidance: 'Zie: werkmaterialen Les 6: bijlage 4\n\nHierbij wel al even gaan naar de gevoel laag van degene die geholpen wordt op de collage en degene die helpt.\n\nHulpverlener vraagt hier specifiek door met name aan de leerlingen met hechtingsproblematiek over deze gevoelens en hoe die voor de leerlingen zouden zijn in die situatie.\n\nDoor naar werkblad: Wat maakt jou een goed hulp\n\nVragen hierbij: Wie help jij wel eens, wat doe je dan en hoe doe je dat? Waarom help jij? Wie zou jij wel meer willen helpen? Leerlingen vullen dit werkblad voor zichzelf in.\n\nLeerkracht en hulpverlener gaan met individuele leerlingen in gesprek over hun werkblad. (Maak een kort verslagje van een of meer van deze gesprekjes en noteer het bij Gesprek met de leerling).',
      careWorkerGuidance: 'Hulpverlener vraagt hier specifiek door met name aan de leerlingen met hechtingsproblematiek over deze gevoelens en hoe die voor de leerlingen zouden zijn in die situatie.',
      lead: 'BOTH',
      minutes: null,
      attachments: [4],
    },
    {
      number: 6,
      title: 'Introductie Extra opdracht Onbekende vriend',
      purpose: '(zie uitleg opdracht)',
      guidance: '(zie uitleg opdracht)\n\nZie: werkmaterialen Les 6: bijlage 5',
      lead: 'BOTH',
      minutes: null,
      attachments: [5],
    },
    {
      number: 7,
      title: 'Huiswerk mentor',
      purpose: 'De mentor gaat de leerling vragen of die bij iets kan meehelpen. Middels werkblad aangeven hoe hij/zij dit heeft aangepakt.',
      guidance: 'Zie: werkmaterialen Les 6 bijlage 6\n\nDe mentor gaat de leerling vragen of die bij iets kan meehelpen. Middels werkblad aangeven hoe hij/zij dit heeft aangepakt.\n\nLeerkracht of hulpverlener geven brief voor eigen gekozen mentor en werkblad een goede hulp ouder na deze interventie mee naar huis.\n\nLET OP: alle leerlingen moeten dit blad ingevuld hebben door eigen gekozen mentor twee dagen voor volgende bijeenkomst. Attendeer eigen gekozen mentor hier die dag op. En indien er geen retour komt neemt de hulpverlener contact met de mentor op om toch nog een respons te krijgen. Bij geen respons reactie als bij les 1.',
      lead: 'BOTH',
      minutes: null,
      attachments: [6],
      mentorHomework: true,
    },
  ],
  homework: {
    activityNumber: 7,
    description: 'De mentor gaat de leerling vragen of die bij iets kan meehelpen. Middels werkblad aangeven hoe hij/zij dit heeft aangepakt.',
    due: { kind: 'DAYS_BEFORE_NEXT_LESSON', days: 2 },
    ruleText: 'LET OP: alle leerlingen moeten dit blad ingevuld hebben door eigen gekozen mentor twee dagen voor volgende bijeenkomst. Attendeer eigen gekozen mentor hier die dag op. En indien er geen retour komt neemt de hulpverlener contact met de mentor op om toch nog een respons te krijgen. Bij geen respons reactie als bij les 1.',
    followUp: [
      {
        key: 'remind-mentor',
        dayOffsetFromDue: 0,
        anchor: 'DUE_DATE',
        who: 'PAIR',
        action: 'Attendeer eigen gekozen mentor hier die dag op.',
      },
      // After the reminder on the due date the source names no day for this step;
      // lesson 1's ladder takes it a day before the lesson.
      {
        key: 'contact-mentor',
        dayOffsetFromDue: -1,
        anchor: 'NEXT_LESSON',
        who: 'CARE_WORKER',
        action: 'En indien er geen retour komt neemt de hulpverlener contact met de mentor op om toch nog een respons te krijgen.',
      },
      ...lessonDaySteps,
    ],
    followUpAsLesson: 1,
  },
  materials: [
    { number: 1, title: 'Waar kom jij vandaan.docx' },
    {
      number: 2,
      title: 'Blinde overgave.docx, Voorwerp tussen de vingers doorgeven.docx, Blindengeleiding.docx',
    },
    // The list's columns put "Een goede hulp.docx" first, but activity 4 (bijlage 3) is the collage of pictures of
    // people who help and activity 5 (bijlage 4) the worksheet "Wat maakt jou een goed hulp".
    { number: 3, title: 'Helpende mensen afbeeldingen.pdf' },
    { number: 4, title: 'Een goede hulp.docx' },
    { number: 5, title: 'Onbekende vriend.docx' },
    {
      number: 6,
      title: 'Een goede hulp ouder.docx, brief eigen gekozen mentor.docx, ouderbrief SO.docx',
    },
  ],
} satisfies z.input<typeof lessonSchema>;
