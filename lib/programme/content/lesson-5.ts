import type { z } from 'zod';

import type { lessonSchema } from '../schema';
import { lessonDaySteps } from './follow-up-ladder';

export const lesson5 = {
  number: 5,
  title: 'Hoe ga ik dat leren',
  theme: 'Hoe ga ik dat leren. + Wie kan mij daarbij helpen?',
  rationale: 'Interventie 5 grijpt terug op de eigen doelen vanuit interventie 3. De leerlingen gaan eigen leerdoelen vertalen naar concrete actie. In feite is dit een stappenplan waarbij de eerste stap binnen handbereik ligt. Leerkracht en hulpverlener geven aan hoe een dergelijk stappenplan er uit kan zien. Ze begeleiden de leerlingen hierop hoe die individueel of als kleine groep stappen kunnen zetten en hoe die stappen er in concreet waarneembaar gedrag dan uitzien. Specifiek is er in dit onderdeel aandacht voor de hulpbronnen die de leerling zouden kunnen gebruiken. In de klas; ter plekke waar leerkracht en hulpverlener en mogelijk ook medeleerlingen iets kunnen betekenen als je ze toelaat hierin van betekenis te kunnen zijn. Met name voor leerlingen met een vermijdende hechtingsstijl kan dit een lastig punt zijn. In feite hebben zij geleerd alleen zichzelf te kunnen vertrouwen en zelfs het vertrouwen in zichzelf is vaak niet erg groot. Het is dus ook een kwestie van durven uitproberen of een ander je wel iets kan brengen. Leerkracht en hulpverlener benoemen de lastigheden die de leerling kan ervaren in dit proces en vragen als dit lastig ligt de leerling permissie om ondersteunend te mogen zijn. De regie blijft bij de leerling liggen in deze.\n\nVanuit het werk in de klas worden de beschreven doelen gedeeld met de thuissituatie. Hierbij wordt respons gevraagd vanuit het netwerk op beschreven doelen. Er wordt gevraagd naar de herkenbaarheid vanuit thuis en op welke manier de mentor en het eigen netwerk van de leerling gaat ondersteunen in het behalen van de doelen. In deze wordt het partnerschap met de thuissituatie van de leerling benadrukt. Hiermee wordt recht gedaan aan de verticale loyaliteit vanuit het gezin van herkomst. Hun positieve bekrachtiging op hetgeen de leerling aangeeft te willen bereiken heeft het meest effect.',
  preparation: 'De lessen worden door leerkracht en hulpverlener samen voorbereid. Zij brengen beiden hun specifieke deskundigheid mee waarbij de leerkracht vooral didactisch en de hulpverlener meer pedagogisch/systemisch geschoold is. Met elkaar kunnen ze goed doorgronden wat de klas en de individuele leerling nodig heeft om zich op zijn gemak te voelen en tot leren te kunnen komen. Ook zijn zij vanuit hun achtergrond in staat om specifiek aan te sluiten bij de leerlingen met (vermoedens van) hechtingsproblematiek.\n\nAan de hand van de gegeven lesinhoud bepalen leerkracht en hulpverlener wat er mogelijk is kijkend naar leeftijd, ontwikkelingsniveau, groepsdynamiek en onderliggende problematiek.',
  activities: [
    {
      number: 1,
      title: 'Oefening: Waar kom jij vandaan?',
      recurringOpening: true,
      purpose: 'Deze oefening komt iedere les terug als start van de les. Leerlingen kunnen al met de nodige stress in de klas binnenkomen. Deze oefening helpt de leerlingen om op een fijne manier tot rust te komen. Leerlingen kunnen beter in het hier en nu van de klassensituatie komen.',
      guidance: 'Zie: werkmaterialen Les 5 bijlage 1\n\nHulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend. Zo ook positief gedrag van de leerlingen. Stuurt indien gewenst bij vanuit aansluiting met de leerling met verbindend taalgebruik.',
      teacherGuidance: 'Hulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend. Zo ook positief gedrag van de leerlingen.',
      careWorkerGuidance: 'Hulpverlener neemt voortouw bij deze oefening en de leerkracht bekrachtigt in deze de info van de hulpverlener instemmend.',
      lead: 'CARE_WORKER',
      minutes: null,
      attachments: [1],
    },
    {
      number: 2,
      title: 'Formuleren van een haalbaar doel',
      purpose: 'De leerlingen gaan op basis van de mind map en de top 3 die ze gemaakt hebben in bijeenkomst 3 en met de informatie die ze hebben gekregen over de manier waarop ze keuzes maken in bijeenkomst 4 nu concreet in ieder geval een (haalbaar) doel stellen voor zichzelf in wat ze willen leren. De bedoeling is dat ze iedere dag hun doel gaan oefenen en daarbij steun krijgen van hun mentor, hun maatje, de leerkracht en hulpverlener, andere klasgenoten en anderen.',
      guidance: 'Zie: werkmaterialen Les 5 bijlage 2\n\nDe leerlingen gaan op basis van de mind map en de top 3 die ze gemaakt hebben in bijeenkomst 3 en met de informatie die ze hebben gekregen over de manier waarop ze keuzes maken in bijeenkomst 4 nu concreet in ieder geval een (haalbaar) doel stellen voor zichzelf in wat ze willen leren. De bedoeling is dat ze iedere dag hun doel gaan oefenen en daarbij steun krijgen van hun mentor, hun maatje, de leerkracht en hulpverlener, andere klasgenoten en anderen. De leerling benoemt ook wat hij fijn zou vinden wat zijn netwerk kan doen om hem of haar te ondersteunen.\n\nDe leerkracht geeft gericht instructie over wat de bedoeling is van de activiteit die nu gaat volgen. Hulpverlener vult aan. Daarin wordt bovenstaande bedoeling benoemd.\n\nHierop gaan leerlingen hun doel(en) zo concreet en haalbaar formuleren. Gebruik bijvoorbeeld de doelenkaart om dit uit te werken (Eventueel: dit is het plan of mijn plan of een zelfgekozen vorm). Als er weinig vertrouwen is bij de leerling dat omschreven doel behaald gaat worden dan doel zo klein maken dat er zeker een succeservaring komt. Aan de orde komt: Hoe gaat de leerling het gekozen leerdoel aanpakken, wat en wanneer. Hulpbronnen, met wie (hierbij bedenken wat maakt iemand een fijne hulp voor mij, kies je iemand die je echt kan helpen in het behalen van je doel, hoe doe je dat, hoe vraag je dat aan iemand). Hierbij werkblad: Wie kan mij helpen laten invullen door leerling. Dus zowel eigen doelenkaart als werkblad wie kan mij helpen worden ingevuld door de leerling.\n\nLeerkracht en hulpverlener nemen allebei een groepje leerlingen onder hun hoede om dicht bij iedere leerling deze opdracht te laten slagen. Specifiek hierin aandacht voor het overwinnen van stress wat het maken van een afspraak met jezelf kan opleveren. Daarnaast ook aandacht geven aan het mogelijke gevoel iets nog te moeten leren wat een ander al lang kan of de gedachte dat het toch weer gaat mislukken. Behoud hierin als leerkracht en hulpverlener wel je (realistische) hoge verwachtingen van de leerling. Bedenk met de leerling motivators om gestelde doel te behalen en te behouden en benoem ook de mogelijke saboteurs. (mislukkingsgedachten die de leerling zelf of anderen onbewust formuleren) Deze liggen soms bij jezelf: Bijvoorbeeld: “Het heeft toch geen zin” of “Mijn moeder helpt me toch niet”. In dat laatste geval gaat het over de ander, waar de leerling toch geen grip op heeft. Belangrijk dus voor de leerling om in de ik vorm te formuleren.\n\nDe doelen dienen Toetsbaar (Je kunt steeds samen kijken in hoeverre al gelukt), Ecologisch (Als het doel behaald wordt is dat goed voor iedereen, Positief (wat wil je wel in plaats van wat wil je niet), Persoonlijk (gericht op jezelf en niet op de ander) en passen in de Context. Bespreek daarnaast dat als iets lukt het ook belangrijk is om hierbij stil te staan (en te vieren).\n\nTijdens opdracht passende achtergrondmuziek opzetten die de leerlingen een prettig gevoel kan geven.',
      teacherGuidance: 'De leerkracht geeft gericht instructie over wat de bedoeling is van de activiteit die nu gaat volgen.',
      careWorkerGuidance: 'Hulpverlener vult aan.',
      lead: 'TEACHER',
      minutes: null,
      options: [
        { key: 'doelenkaart', label: 'Doelenkaart' },
        { key: 'dit-is-het-plan', label: 'Dit is het plan' },
        { key: 'mijn-plan', label: 'Mijn plan' },
        { key: 'zelfgekozen-vorm', label: 'Een zelfgekozen vorm', ownChoice: true },
      ],
      attachments: [2],
    },
    {
      number: 3,
      title: 'Bewegingsspel of een ontspanningsspel',
      purpose: 'Oefening (met idee dat leerling zo ook leert om zichzelf rustig te kunnen maken; zijn stress te kunnen reguleren, zich sterk te voelen, vertrouwen te hebben in zichzelf vanuit zelfsturing, eigenaarschap)',
      guidance: 'Zie: werkmaterialen Les 5 bijlage 3\n\nOefening (met idee dat leerling zo ook leert om zichzelf rustig te kunnen maken; zijn stress te kunnen reguleren, zich sterk te voelen, vertrouwen te hebben in zichzelf vanuit zelfsturing, eigenaarschap)\n\nBijvoorbeeld bewegingsspel als samen uitbeelden, kranten meppen of waar is mijn maatje. Of een ontspanningsoefening of een mandala laten inkleuren.\n\nLeerkracht en hulpverlener richten zich op het benoemen van zelfsturing, en (beginnend) eigenaarschap bij de leerlingen specifiek naar leerlingen met hechtingsproblematiek ten aanzien van hun inbreng tijdens de activiteit. Anderzijds ook aandacht voor optreden van stress waarop desgewenst actie en het signaleren van het kunnen ondergaan van hanteerbare stress door de leerling.\n\nIndien er input is kan er na de oefening aandacht gegeven worden aan de Problemen/oplossingenbus.\n\nLeerkracht en hulpverlener lezen op toerbeurt een probleem/oplossing voor. Probleem wordt met de klas besproken en naar mogelijke oplossingen gezocht. Oplossing van probleem door leerling wordt uitgelicht en verbonden aan talent/eigenschap en eigenaarschap van de leerling.',
      lead: 'BOTH',
      minutes: null,
      options: [
        { key: 'samen-uitbeelden', label: 'Samen uitbeelden' },
        { key: 'kranten-meppen', label: 'Kranten meppen' },
        { key: 'waar-is-mijn-maatje', label: 'Waar is mijn maatje' },
        { key: 'ontspanningsoefening', label: 'Een ontspanningsoefening' },
        { key: 'mandala-inkleuren', label: 'Een mandala laten inkleuren' },
      ],
      attachments: [3],
    },
    {
      number: 4,
      title: 'Huiswerk opdracht',
      purpose: 'De leerling gaat thuis met de mentor zijn doel bespreken. Mentor kan dan met werkblad reageren wat ze ervan vinden.',
      guidance: 'Zie: werkmaterialen Les 5 bijlage 4\n\nLeerkracht en Hulpverlener vullen voor alle leerlingen hun zelfgekozen doel in op het formulier voor de huiswerkopdracht voor dit mee naar huis gegeven wordt.\n\nDeze huiswerkopdracht hierop bespreken met de leerlingen en mee naar huis geven. Een kopie van de eigen doelenkaart en het werkblad wie kan mij helpen gaat ook mee naar huis. De leerling gaat thuis met de mentor zijn doel bespreken. Mentor kan dan met werkblad reageren wat ze ervan vinden. Wat vinden ze van het doel, herkennen ze het, hoe gaan ze het kind helpen/ vieren als het lukt.\n\nMeegeven ouderbrief, huiswerkopdracht, kopie ingevulde doelenkaart leerling en kopie werkblad wie gaat mij helpen.\n\nLET OP: geef eindtermijn aan voor mentor om deze feedback te geven (enkele dagen). Herinner mentor hieraan. En indien er op die datum geen retour komt belt de hulpverlener om mentor hierop te attenderen en nieuwe datum te plannen. Geen respons dan reactie als bij les 1.\n\nOEFENTIJD INBOUWEN. Besteedt iedere dag aandacht het doel van de leerling. Hij of zij mag iedere dag oefenen. Als er tijd is kan je de volgende les bijvoorbeeld een week uitstellen waarmee er meer oefentijd komt.\n\nLeerkracht en hulpverlener houden contact over de respons van de mentor en om de voortgang te bespreken en mogelijk volgende interventie nog wat zaken bij te stellen.',
      lead: 'BOTH',
      minutes: null,
      attachments: [4],
      mentorHomework: true,
    },
  ],
  homework: {
    activityNumber: 4,
    description: 'De leerling gaat thuis met de mentor zijn doel bespreken. Mentor kan dan met werkblad reageren wat ze ervan vinden. Wat vinden ze van het doel, herkennen ze het, hoe gaan ze het kind helpen/ vieren als het lukt.',
    // The source leaves the deadline to the pair: "geef eindtermijn aan … (enkele dagen)". We read "enkele dagen"
    // as three: a few evenings for the mentor, and still early enough that the care worker's call and a new date
    // fall before the next lesson.
    due: { kind: 'DAYS_AFTER_LESSON', days: 3 },
    ruleText: 'LET OP: geef eindtermijn aan voor mentor om deze feedback te geven (enkele dagen). Herinner mentor hieraan. En indien er op die datum geen retour komt belt de hulpverlener om mentor hierop te attenderen en nieuwe datum te plannen. Geen respons dan reactie als bij les 1.',
    followUp: [
      // "Herinner mentor hieraan" names no day; it has to come before the deadline, so the day before.
      {
        key: 'remind-mentor',
        dayOffsetFromDue: -1,
        anchor: 'DUE_DATE',
        who: 'PAIR',
        action: 'Herinner mentor hieraan.',
      },
      {
        key: 'call-mentor-new-date',
        dayOffsetFromDue: 0,
        anchor: 'DUE_DATE',
        who: 'CARE_WORKER',
        action: 'En indien er op die datum geen retour komt belt de hulpverlener om mentor hierop te attenderen en nieuwe datum te plannen.',
      },
      // "Geen respons dan reactie als bij les 1": lesson 1's ladder, anchored on the next lesson as there.
      {
        key: 'contact-mentor',
        dayOffsetFromDue: -1,
        anchor: 'NEXT_LESSON',
        who: 'CARE_WORKER',
        action: 'Indien er nog geen respons is vanuit de mentor een dag voor interventie 2 attendeer dan de eigen gekozen mentor er die dag nog extra op. (De hulpverlener neemt dan contact op met de mentor)',
      },
      ...lessonDaySteps,
    ],
    followUpAsLesson: 1,
  },
  materials: [
    { number: 1, title: 'Waar kom jij vandaan.docx' },
    {
      number: 2,
      title: 'Dit plan is van.docx, Mijn plan.docx, Wat zou ik graag willen en hoe.docx, Werkblad elkaar helpen.docx',
    },
    {
      number: 3,
      title: 'Kranten meppen.docx, Waar is mijn maatje.docx, mandala hondje.docx, mandala leeuw.docx, De problemen-oplossingenbus.docx',
    },
    {
      number: 4,
      title: 'huiswerkopdracht.docx, ouderbrief bijeenkomst 5.docx, ouderbrief SO bijeenkomst 5.docx',
    },
  ],
} satisfies z.input<typeof lessonSchema>;
