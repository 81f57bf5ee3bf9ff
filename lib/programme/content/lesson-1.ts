import type { z } from 'zod';

import type { lessonSchema } from '../schema';
import { lessonDaySteps } from './follow-up-ladder';

export const lesson1 = {
  number: 1,
  title: 'Wie ben ik',
  theme: 'Wie ben ik, bij wie groei ik op, wie zijn voor mij belangrijk.',
  rationale: 'Deze bijeenkomst richt zich met name op het beter leren kennen van zichzelf en het netwerk van de leerlingen waarin ze opgroeien. Hiermee willen we de verticale loyaliteit naar gezin van herkomst respecteren die het meest belangrijk is (en zal blijven). Hierop vervolgen we de bijeenkomst met het laten benoemen van de kwaliteiten van de leerlingen en hiermee trachten we het zelfvertrouwen en de zelfvalidatie van de leerling te bevorderen. De leerkracht en de hulpverlener zijn degenen die in het erkennen van de kwaliteiten/talenten van de leerling het voortouw nemen. Zij houden hierbij in de gaten in welke mate de leerling deze erkenning kan verdragen en die niet averechts gaat werken. Daarin zal wellicht het compliment klein zijn door middel van een opgestoken duim of een opmerking over het proces van handelen; “wat ben jij dat nauwkeurig aan het doen”. Ook kan het compliment via een medeleerling gegeven worden. Naast de erkenning door de leerkracht/hulpverlener wordt het eigen netwerk bij de lessen betrokken in het geven van bekrachtiging. Ouders/verzorgers en overig netwerk worden uitgenodigd om middels huiswerkopdrachten concreet invulling te geven aan hun erkenning voor de kwaliteiten van de leerling. De leerling kiest voor zichzelf een “mentor” bijvoorbeeld zijn/ haar moeder. Dit is de eerste persoon waar de opdrachten voor thuis mee gedeeld worden. Bij de volgende interventie komt deze huiswerkopdracht terug en worden de kwaliteiten door leerkracht en hulpverlener klassikaal voorgelezen.',
  preparation: 'De lessen worden door leerkracht en hulpverlener samen voorbereid. Zij brengen beiden hun specifieke deskundigheid mee waarbij de leerkracht vooral didactisch en de hulpverlener meer pedagogisch/systemisch geschoold is. Met elkaar kunnen ze goed doorgronden wat de klas en de individuele leerling nodig heeft om zich op zijn gemak te voelen en tot leren te kunnen komen. Ook zijn zij vanuit hun achtergrond in staat om specifiek aan te sluiten bij de leerlingen met (vermoedens van) hechtingsproblematiek.\n\nAan de hand van de gegeven lesinhoud bepalen leerkracht en hulpverlener wat er mogelijk is kijkend naar leeftijd, ontwikkelingsniveau, groepsdynamiek en onderliggende problematiek.',
  activities: [
    {
      number: 1,
      title: 'Opening',
      purpose: 'Benoemen kader van interventiereeks en leiding door leerkracht en hulpverlener (met kennismaking en direct actieve bijdrage).',
      guidance: 'Zorg zelf voor een tijdsindicatie per activiteit (in totaal 45 minuten per les) Benoemen kader van interventiereeks en leiding door leerkracht en hulpverlener (met kennismaking en direct actieve bijdrage). Deze interventies kunnen spannend zijn en soms ook moeilijk. Goed als dit met de leerlingen wordt gedeeld. Iedere leerling kiest een maatje in samenspraak met leerkracht en hulpverlener en iedere leerling benoemt een mentor uit het netwerk thuis of van de groep.\n\nLeerkracht en hulpverlener spreken beurtelings over het kader en vullen elkaar daarin aan. Ze laten hiermee zien als team de interventies te doen. Hulpverlener noteert de namen van de medeleerling die als maatje steun gaat geven en noteert zelfgekozen mentor.',
      careWorkerGuidance: 'Hulpverlener noteert de namen van de medeleerling die als maatje steun gaat geven en noteert zelfgekozen mentor.',
      lead: 'BOTH',
      minutes: null,
    },
    {
      number: 2,
      title: 'Oefening: Waar kom jij vandaan?',
      recurringOpening: true,
      purpose: 'Deze oefening komt iedere les terug als start van de les. Leerlingen kunnen al met de nodige stress in de klas binnenkomen. Deze oefening helpt de leerlingen om op een fijne manier tot rust te komen. Leerlingen kunnen beter in het hier en nu van de klassensituatie komen.',
      guidance: 'Zie: werkmaterialen Les 1: bijlage 1\n\nDeze oefening komt iedere les terug als start van de les. Leerlingen kunnen al met de nodige stress in de klas binnenkomen. Deze oefening helpt de leerlingen om op een fijne manier tot rust te komen. Leerlingen kunnen beter in het hier en nu van de klassensituatie komen. Hulpverlener neemt het voortouw bij deze oefening en de leerkracht bekrachtigt in deze de informatie van de hulpverlener instemmend. Ook positief gedrag van de leerlingen wordt bekrachtigd. Stuur indien gewenst bij vanuit aansluiting met de leerling met verbindend taalgebruik.',
      teacherGuidance: 'Hulpverlener neemt het voortouw bij deze oefening en de leerkracht bekrachtigt in deze de informatie van de hulpverlener instemmend.',
      careWorkerGuidance: 'Hulpverlener neemt het voortouw bij deze oefening en de leerkracht bekrachtigt in deze de informatie van de hulpverlener instemmend.',
      lead: 'CARE_WORKER',
      minutes: null,
      attachments: [1],
    },
    {
      number: 3,
      title: 'Kennismakingsoefening Sta op als',
      purpose: 'Deze oefening is een oefening voor de leerlingen om elkaar beter te leren kennen. Ze zullen bemerken dat het vertrouwen kan geven als je overeenkomsten hebt met klasgenoten en daarnaast verschillen. Het leert leerlingen vrijer te spreken over zaken die soms ook lastig zijn om over te spreken.',
      guidance: 'Zie werkmaterialen Les 1: bijlage 2\n\nDeze oefening is een oefening voor de leerlingen om elkaar beter te leren kennen. Ze zullen bemerken dat het vertrouwen kan geven als je overeenkomsten hebt met klasgenoten en daarnaast verschillen. Ze worden uitgenodigd om met elkaar te spreken over overeenkomsten en dit later op andere momenten vaker te doen. Voor de leerlingen kan dit spannend zijn omdat ze gaan spreken met leerlingen waar ze wellicht heel weinig nog mee gesproken hebben en dan ook nog over iets persoonlijks. Het leert leerlingen vrijer te spreken over zaken die soms ook lastig zijn om over te spreken.\n\nIn de keuze van onderwerpen om over te spreken zit een verbreding en verdieping die aan de leeftijd en belevingsniveau kan worden aangepast.\n\nZo kun je spreken over een hond die je beiden thuis hebt maar ook over of er bij jou thuis al eens ingebroken is of je ouders gescheiden zijn. Het ene onderwerp kan dus meer verdiepen in emotionele zin dan het andere en daar kan tijdens de activiteit nog door leerkracht en hulpverlener op doorgevraagd worden. Sommige onderwerpen kunnen emotie oproepen en dan kan de steun van de hulpverlener/ leerkracht helpend zijn bijvoorbeeld om gerust te stellen of om toch te durven spreken over moeilijke onderwerpen. Deze oefening is dus vaker te herhalen waarbij de onderwerpen kunnen verschillen.\n\nLeerkracht leidt de activiteit en geeft ruimte voor verdiepingsvragen van de hulpverlener of stelt deze zelf en geeft ruimte om hulpverlener gerichter te laten reageren op signalen van stress. Hulpverlener observeert gedrag leerlingen (specifiek leerlingen met hechtingsissues), stelt verdiepingsvragen, zoals bijvoorbeeld “Vertel eens hoe jij voor jou hond zorgt”, en nodigt leerlingen uit iets over zichzelf te vertellen. Als dit nog niet lukt dan reageert de hulpverlener daarop. Dit doet hij bijvoorbeeld door te zeggen: “Ik zie dat het even niet lukt om te vertellen wat je graag zou willen. Dat geeft helemaal niets. Helpt het als ik even bij je kom zitten? Hulpverlener registreert kort voorkomende stress bij leerlingen specifiek.',
      teacherGuidance: 'Leerkracht leidt de activiteit en geeft ruimte voor verdiepingsvragen van de hulpverlener of stelt deze zelf en geeft ruimte om hulpverlener gerichter te laten reageren op signalen van stress.',
      careWorkerGuidance: 'Hulpverlener observeert gedrag leerlingen (specifiek leerlingen met hechtingsissues), stelt verdiepingsvragen, zoals bijvoorbeeld “Vertel eens hoe jij voor jou hond zorgt”, en nodigt leerlingen uit iets over zichzelf te vertellen. Als dit nog niet lukt dan reageert de hulpverlener daarop. Dit doet hij bijvoorbeeld door te zeggen: “Ik zie dat het even niet lukt om te vertellen wat je graag zou willen. Dat geeft helemaal niets. Helpt het als ik even bij je kom zitten? Hulpverlener registreert kort voorkomende stress bij leerlingen specifiek.',
      lead: 'TEACHER',
      minutes: null,
      attachments: [2],
    },
    {
      number: 4,
      title: 'Werkblad maken over jezelf en de ander',
      purpose: 'Onderwerp: Wie ben ik, waar groei ik op, wie zijn voor mij belangrijk.',
      guidance: 'Zie: werkmaterialen Les 1: bijlage 3\n\nOnderwerp: Wie ben ik, waar groei ik op, wie zijn voor mij belangrijk.\n\nDe leerling maakt een werkblad over zichzelf en zijn netwerk op een leeg A4 of A3 vel of je gebruikt hiervoor het werkblad vriendenboekje.\n\nKeuze in materialen:\n\n- Werkblad vriendenboekje.\n- Werkblad niet zomaar een vriend\n- Tekening van thuis (eigen huis) / ouders/ broers/zussen/ hobby’s\n- Genogram\n- Cirkel van eigen gezin.\n\nLeiding activiteit bij leerkracht en hulpverlener in samenspraak.\n\nLeerkracht en hulpverlener tonen interesse voor netwerk leerling en stellen verdiepingsvragen. Bijvoorbeeld: "Als jij ziek bent, wie zorgt er dan voor jou?”',
      lead: 'BOTH',
      minutes: null,
      options: [
        { key: 'werkblad-vriendenboekje', label: 'Werkblad vriendenboekje' },
        { key: 'werkblad-niet-zomaar-een-vriend', label: 'Werkblad niet zomaar een vriend' },
        {
          key: 'tekening-van-thuis',
          label: 'Tekening van thuis (eigen huis) / ouders/ broers/zussen/ hobby’s',
        },
        { key: 'genogram', label: 'Genogram' },
        { key: 'cirkel-van-eigen-gezin', label: 'Cirkel van eigen gezin' },
      ],
      attachments: [3],
    },
    {
      number: 5,
      title: 'Nabespreken van het werkblad',
      purpose: 'Het nabespreken van het werkblad geeft de leerlingen de mogelijkheid om klassikaal of desgewenst in tweetallen te vertellen over zichzelf en over de mensen waarmee ze opgroeien.',
      guidance: 'Het nabespreken van het werkblad geeft de leerlingen de mogelijkheid om klassikaal of desgewenst in tweetallen te vertellen over zichzelf en over de mensen waarmee ze opgroeien. Wie zijn voor hen belangrijk en waarom.\n\n- Waarom is iemand belangrijk voor jou? (Vanuit ingevuld werkblad vriendenboekje)\n- Wat vind jij fijn in hoe anderen met jou omgaan?\n- Wat ben je te weten gekomen over jezelf (en een ander) wat je nog niet wist?\n- Hoe vind je het/ hoe voelt het om dit in te vullen/ te bespreken?\n\nLeerkracht neemt het voortouw in het bevragen van de leerlingen. Hulpverlener vult aan en verdiept waar mogelijk naar wat meer gevoeliger persoonlijke inbreng. Hulpverlener geeft aan daar wel over in gesprek te willen gaan indien gewenst. Hulpverlener signaleert signalen van stress en zet daarin indien gewenst passend actie op vanuit de voorinformatie.',
      teacherGuidance: 'Leerkracht neemt het voortouw in het bevragen van de leerlingen.',
      careWorkerGuidance: 'Hulpverlener vult aan en verdiept waar mogelijk naar wat meer gevoeliger persoonlijke inbreng. Hulpverlener geeft aan daar wel over in gesprek te willen gaan indien gewenst. Hulpverlener signaleert signalen van stress en zet daarin indien gewenst passend actie op vanuit de voorinformatie.',
      lead: 'TEACHER',
      minutes: null,
    },
    {
      number: 6,
      title: 'Eindactiviteit',
      purpose: 'Onderwerp: Wie en wat is belangrijk voor mij.',
      guidance: 'Zie werkmaterialen Les 1: bijlage 4\n\nOnderwerp: Wie en wat is belangrijk voor mij.\n\nVolgende oefeningen kunnen hierin gekozen worden:\n\n- Het geluid wijst de weg (door leerling met vandaag gekozen maatje).\n- Ik hoor en voel.\n- Rug aan rug. (start met eigen maatje)\n- Naar eigen inzicht gekozen eindactiviteit.\n\nLeerkracht en hulpverlener spreken vanuit geruststelling en bemoediging. Proberen de leerlingen te verleiden tot initiatief als dit achterblijft. Bekrachtiging aan leerlingen die steun geven aan een ander. Hulpverlener signaleert mogelijke terughoudendheid en of stress bij leerlingen met hechtingsproblematiek en benoemt deze. Bespreekt met leerling wat wel kan.',
      careWorkerGuidance: 'Hulpverlener signaleert mogelijke terughoudendheid en of stress bij leerlingen met hechtingsproblematiek en benoemt deze. Bespreekt met leerling wat wel kan.',
      lead: 'BOTH',
      minutes: null,
      options: [
        {
          key: 'het-geluid-wijst-de-weg',
          label: 'Het geluid wijst de weg',
          description: '(door leerling met vandaag gekozen maatje)',
        },
        { key: 'ik-hoor-en-voel', label: 'Ik hoor en voel' },
        { key: 'rug-aan-rug', label: 'Rug aan rug', description: '(start met eigen maatje)' },
        { key: 'eigen-keuze', label: 'Naar eigen inzicht gekozen eindactiviteit', ownChoice: true },
      ],
      attachments: [4],
    },
    {
      number: 7,
      title: 'Huiswerkopdracht gekozen “mentor”',
      purpose: 'Aangeven waar zoon/dochter/ familielid/ pupil goed in is middels 5 vingers. De mentor vult dit thuis in voor de leerling.',
      guidance: 'Zie: werkmaterialen Les 1 bijlage 5\n\nUitleg door de leerkracht met aanvulling door de hulpverlener. De leerkracht en hulpverlener hebben dit werkblad uitgeprint of laten de leerlingen in de klas hun eigen hand omtrekken met potlood op een A4 vel. De leerlingen krijgen dit werkblad hierop mee naar huis.\n\nAangeven waar zoon/dochter/ familielid/ pupil goed in is middels 5 vingers. De mentor vult dit thuis in voor de leerling.\n\nLET OP: alle leerlingen moeten dit blad ingevuld hebben en meegebracht hebben uiterlijk een dag voor de volgende bijeenkomst. Indien er nog geen respons is vanuit de mentor een dag voor interventie 2 attendeer dan de eigen gekozen mentor er die dag nog extra op. (De hulpverlener neemt dan contact op met de mentor) En indien er geen retour is op de dag van de interventie spreek dan met de leerling af dat je ervan uitgaat dat die respons alsnog gaat komen. (De hulpverlener neemt dan opnieuw contact op met de mentor) Hulpverlener en leerkracht bespreken hierop hoe hier met betreffende leerling door de hulpverlener op teruggekomen gaat worden.',
      teacherGuidance: 'Uitleg door de leerkracht met aanvulling door de hulpverlener.',
      careWorkerGuidance: 'Uitleg door de leerkracht met aanvulling door de hulpverlener.',
      lead: 'TEACHER',
      minutes: null,
      attachments: [5],
      mentorHomework: true,
    },
  ],
  homework: {
    activityNumber: 7,
    description: 'Aangeven waar zoon/dochter/ familielid/ pupil goed in is middels 5 vingers. De mentor vult dit thuis in voor de leerling.',
    due: { kind: 'DAYS_BEFORE_NEXT_LESSON', days: 1 },
    ruleText: 'LET OP: alle leerlingen moeten dit blad ingevuld hebben en meegebracht hebben uiterlijk een dag voor de volgende bijeenkomst. Indien er nog geen respons is vanuit de mentor een dag voor interventie 2 attendeer dan de eigen gekozen mentor er die dag nog extra op. (De hulpverlener neemt dan contact op met de mentor) En indien er geen retour is op de dag van de interventie spreek dan met de leerling af dat je ervan uitgaat dat die respons alsnog gaat komen. (De hulpverlener neemt dan opnieuw contact op met de mentor) Hulpverlener en leerkracht bespreken hierop hoe hier met betreffende leerling door de hulpverlener op teruggekomen gaat worden.',
    followUp: [
      {
        key: 'contact-mentor',
        dayOffsetFromDue: 0,
        anchor: 'DUE_DATE',
        who: 'CARE_WORKER',
        action: 'Indien er nog geen respons is vanuit de mentor een dag voor interventie 2 attendeer dan de eigen gekozen mentor er die dag nog extra op. (De hulpverlener neemt dan contact op met de mentor)',
      },
      ...lessonDaySteps,
    ],
  },
  materials: [
    { number: 1, title: 'Waar kom jij vandaan.docx' },
    { number: 2, title: 'Sta op als.docx, Aanvullingen op Sta op als.docx' },
    {
      number: 3,
      title: 'vriendenboekje 9.docx, stamboom en vriendencirkel.pdf, Niet zomaar een vriend en vooruit kijken.pdf',
    },
    // Bijlagen 4 and 5 are referred to by activities 6 and 7 but missing from the source's werkmaterialen list;
    // their titles come from those activities.
    {
      number: 4,
      title: 'Eindactiviteit',
      description: 'Onderwerp: Wie en wat is belangrijk voor mij.',
    },
    {
      number: 5,
      title: 'Huiswerkopdracht gekozen “mentor”',
      description: 'Aangeven waar zoon/dochter/ familielid/ pupil goed in is middels 5 vingers. De mentor vult dit thuis in voor de leerling.',
    },
  ],
} satisfies z.input<typeof lessonSchema>;
