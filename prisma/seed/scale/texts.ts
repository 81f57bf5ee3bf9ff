/**
 * Phrase pools for the scale data set's free texts: evaluation answers, logbooks, captures, plan
 * notes. A text is one to four sentences drawn from a pool, so lengths and wording vary like real
 * answers do, and full-text search has real Dutch words to find. "{alias}" stands for a pupil of
 * the class: some texts name a pupil, as teachers do, which the coordinator's views must replace
 * by the pupil's code.
 */
import type { Random } from './random';

interface Pool {
  /** Opening sentences: what the text is about. */
  main: readonly string[];
  /** Sentences that may follow. */
  more: readonly string[];
  /** Sentences naming a pupil. */
  pupil: readonly string[];
}

const generalMore = [
  'Dat gaf zichtbaar rust in de groep.',
  'Het werkte beter dan we vooraf dachten.',
  'Daardoor gingen de leerlingen sneller aan de slag.',
  'Volgende keer willen we dit eerder in de les doen.',
  'Een paar leerlingen hadden hier nog wat meer tijd voor nodig.',
  'Dit hadden we tijdens de voorbereiding samen afgesproken.',
  'Het kostte een paar minuten extra, maar dat was het waard.',
  'Ook leerlingen die normaal afhaken, bleven erbij.',
  'Na de pauze was het lastiger om dit vol te houden.',
  'We zagen het verschil met de vorige les duidelijk.',
] as const;

export const answerPools: Record<string, Pool> = {
  stressActions: {
    main: [
      'Bij binnenkomst iedere leerling persoonlijk begroeten bij de deur.',
      'Vooraf de vaste plaatsen bespreken, zodat niemand hoefde te zoeken waar hij mocht zitten.',
      'Een rustig signaal afspreken, een hand op de tafel, in plaats van een leerling aan te spreken voor de groep.',
      'Leerlingen de keuze geven om te tekenen in plaats van te vertellen.',
      'Het programma van de les met plaatjes op het bord zetten, zodat iedereen wist wat er kwam.',
      'Een leerling die vastliep even laten helpen met uitdelen, zodat hij weer in beweging kwam.',
      'Na elke opdracht een korte ademhalingsoefening doen.',
      'De hulpverlener ging naast een onrustige leerling zitten, zonder iets te zeggen.',
      'Hardop benoemen dat niemand iets hoeft te vertellen wat hij niet wil.',
      'De opdracht in kleine stappen uitleggen en één stap tegelijk voordoen.',
      'Een rustige plek achter in de klas aanbieden, met een zandloper erbij.',
      'Zacht praten en het tempo laag houden toen de groep onrustig werd.',
      'Tweetallen zelf laten kiezen in plaats van ze in te delen.',
      'Complimenten geven op inzet, niet op het resultaat.',
      'Vooraf met de mentor bellen omdat het huiswerk spannend kon zijn.',
    ],
    more: generalMore,
    pupil: [
      'Vooral bij {alias} zagen we dat dit hielp.',
      '{alias} kon daarna weer meedoen met de rest van de groep.',
      'Toen {alias} boos werd, bleef de situatie hierdoor rustig.',
      '{alias} vroeg zelf om de zandloper.',
    ],
  },
  trustBehaviours: {
    main: [
      'Leerlingen vroegen elkaar om hulp bij het werkblad.',
      'Er werd naar elkaar geluisterd, zonder door elkaar heen te praten.',
      'Leerlingen durfden in de kring iets over thuis te vertellen.',
      'Een leerling die meestal alleen werkt, zocht zelf een maatje op.',
      'Leerlingen gaven elkaar uit zichzelf een compliment.',
      'Meer leerlingen keken de ander aan tijdens het vertellen.',
      'Leerlingen lieten een ander eerst uitpraten.',
      'Bij de vertrouwensoefening lieten leerlingen zich echt leiden door hun maatje.',
      'Leerlingen vroegen de hulpverlener om even apart te praten.',
      'Een leerling gaf aan dat iets spannend was, in plaats van weg te lopen.',
      'Niemand lachte een ander uit toen er iets misging.',
      'Er werd spontaan geholpen met opruimen.',
      'Leerlingen lieten hun huiswerkblad trots aan elkaar zien.',
    ],
    more: [
      'In september zagen we dit nog niet.',
      'Dat gebeurde zonder dat wij erom vroegen.',
      'Het viel ons allebei op.',
      'Ook op het plein zagen we dit later terug.',
      'Bij de nabespreking kwamen ze er zelf op terug.',
    ],
    pupil: [
      '{alias} stak voor het eerst zelf een vinger op.',
      '{alias} durfde te zeggen dat het moeilijk was.',
      '{alias} hielp een klasgenoot zonder dat iemand het vroeg.',
      '{alias} bleef de hele oefening bij de groep.',
    ],
  },
  pupilExample: {
    main: [
      'Een leerling vertelde bij de nabespreking dat het thuis even lastig is en dat er veel ruzie is.',
      'Tijdens de oefening vertelde een leerling aan de hulpverlener dat het spannend is om naar een nieuwe woonplek te gaan.',
      'Een leerling vertelde in de kring dat de mentor het huiswerkblad samen had ingevuld, en was daar zichtbaar trots op.',
      'Na de les liet een leerling de leerkracht weten dat de pauzes op het plein moeilijk zijn, omdat er niemand is om mee te spelen.',
      'Een leerling schreef voor de probleemdoos dat slapen slecht gaat en vertelde er in een kort gesprek meer over.',
      'Bij de opening vertelde een leerling dat opa ziek is en dat dat veel zorgen geeft.',
      'Een leerling durfde aan een klasgenoot te vertellen dat een grapje pijn had gedaan.',
    ],
    more: [
      'De klas luisterde stil en een klasgenoot zei dat het knap was om dit te vertellen.',
      'We hebben afgesproken dat de hulpverlener er later deze week op terugkomt.',
      'De mentor is met toestemming van de leerling op de hoogte gebracht.',
      'Dit nemen we mee in het volgende gesprek met de mentor.',
      'De leerkracht benoemde hoe moedig het was om dit te delen.',
      'Samen bedachten we een kleine stap voor de komende week.',
    ],
    pupil: [
      '{alias} vertelde dit eerst alleen aan de hulpverlener en daarna, met hulp, ook aan de groep.',
      'Het was {alias} die dit vertelde, na lang twijfelen.',
      '{alias} zei erbij dat het fijn was dat het maatje ernaast zat.',
      'Later in de week kwam {alias} er zelf op terug bij de leerkracht.',
    ],
  },
  interventionBuild: {
    main: [
      'We bereidden de les samen voor op woensdagmiddag, ongeveer een half uur.',
      'De leerkracht maakte de werkbladen klaar en de hulpverlener bereidde de opening voor.',
      'De hulpverlener leidde de oefeningen, de leerkracht bewaakte het tempo en de tijd.',
      'We hebben de activiteiten samen ingekort tot een les van 45 minuten.',
      'De eindactiviteit kozen we samen, passend bij de energie van de groep.',
      'De voorbereiding deden we deze keer via de app, omdat er geen tijd was om af te spreken.',
      'Tijdens de les wisselden we af: ieder nam een deel van de uitleg.',
      'De leerkracht paste de opdrachten aan voor leerlingen die moeilijk lezen.',
    ],
    more: [
      'Vooraf belde de hulpverlener twee mentoren over het huiswerk.',
      'Na de les bespraken we kort wat ieder had gezien.',
      'De hulpverlener hield de stresssignalen in de gaten.',
      'De leerkracht schreef de ouderbrief voor het huiswerk.',
      'De materialen lagen vooraf klaar op de tafels.',
      'We hadden afgesproken wie ingrijpt als het te onrustig wordt.',
    ],
    pupil: ['Voor {alias} maakten we een aangepast werkblad.', 'De hulpverlener sprak vooraf met {alias} af waar die mocht zitten.'],
  },
  collaboration: {
    main: [
      'Vooraf afgesproken signalen maakten dat we tijdens de les weinig hoefden te overleggen.',
      'Het korte nagesprek direct na de les hielp om te zien wat de ander had opgemerkt.',
      'We vullen elkaar goed aan: de een houdt de lijn vast, de ander kan bij de leerlingen zijn.',
      'Samen voorbereiden in het lokaal zelf gaf een beter beeld van de opstelling.',
      'We durven elkaar inmiddels tijdens de les bij te sturen.',
      'Het delen van de notities na afloop gaf veel inzicht.',
      'Dat de rollen vooraf duidelijk waren, gaf ons allebei rust.',
    ],
    more: [
      'Dat willen we de komende lessen vasthouden.',
      'Het vertrouwen tussen ons groeit, net als bij de leerlingen.',
      'Een volgende keer plannen we iets meer tijd voor de voorbereiding.',
      'Ook de intern begeleider merkte het verschil.',
    ],
    pupil: ['Toen {alias} vastliep, nam de hulpverlener het zonder overleg over.'],
  },
};

const logbookPools: Record<'teacher' | 'careWorker', Pool> = {
  teacher: {
    main: [
      'Spannend om deze les te geven; de groep was onrustig na de gymles.',
      'Ik merkte dat ik zelf sneller wilde dan de groep.',
      'Mooie les, met meer openheid dan ik had verwacht.',
      'Ik had vooraf te veel in de les gestopt.',
      'De werkbladen waren voor een deel van de groep te talig.',
      'Vandaag vooral geluisterd en weinig gestuurd; dat was wennen.',
    ],
    more: [
      'De hulpverlener remde me met een blik af, en dat was terecht.',
      'Voor volgende keer: minder tekst op het bord.',
      'Ik neem mee dat stilte soms meer oplevert dan een vraag.',
      'Na afloop nog even met de intern begeleider gesproken.',
      'Het nagesprek met de hulpverlener was waardevol.',
    ],
    pupil: ['Mooi moment: {alias} die uit zichzelf iets vertelde.', '{alias} had het zichtbaar zwaar; morgen even bij stilstaan.'],
  },
  careWorker: {
    main: [
      'Mijn eigen voorbeeld bij de opening maakte het veilig voor de groep.',
      'Ik zat vooral naast de leerlingen die snel onrustig worden.',
      'Vandaag twee mentoren gebeld over het huiswerk.',
      'De leerkracht en ik vulden elkaar goed aan.',
      'Ik heb gemerkt dat de groep aan mij gewend raakt.',
      'Veel stresssignalen in het eerste deel van de les.',
    ],
    more: [
      'Alleen knikken was vaak genoeg.',
      'Volgende keer wil ik de oefening buiten doen.',
      'Na de les nog een kort gesprek op de gang gehad.',
      'Ik heb de observaties meteen genoteerd.',
      'De nabespreking met de leerkracht liep uit, maar was nodig.',
    ],
    pupil: ['{alias} zocht twee keer oogcontact toen het over thuis ging.', 'Met {alias} afgesproken om na de les even te praten.'],
  },
};

/** One to `max` sentences: one opening, then follow-ups; sometimes one naming a pupil. */
function compose(random: Random, pool: Pool, aliases: readonly string[], { max = 4, pupilChance = 0.2 } = {}): string {
  const count = random.int(1, max);
  const sentences = [random.pick(pool.main)];
  const extra = random.sample(pool.more, count - 1);
  if (aliases.length > 0 && random.chance(pupilChance)) {
    const named = random.pick(pool.pupil).replace('{alias}', random.pick(aliases));
    if (extra.length > 0) extra[random.int(0, extra.length - 1)] = named;
    else sentences.push(named);
  }
  return [...sentences, ...extra].join(' ');
}

export function evaluationAnswer(random: Random, questionKey: string, aliases: readonly string[]): string {
  const pool = answerPools[questionKey];
  if (!pool) throw new Error(`No phrase pool for question ${questionKey}`);
  // Question 3 asks for an example of a pupil: those answers name a pupil far more often.
  return compose(random, pool, aliases, { pupilChance: questionKey === 'pupilExample' ? 0.6 : 0.15 });
}

export function logbookText(random: Random, role: 'teacher' | 'careWorker', aliases: readonly string[]): string {
  return compose(random, logbookPools[role], aliases, { max: 5, pupilChance: 0.3 });
}

export const captureTexts = {
  STRESS: [
    'Werd onrustig bij de opdracht en liep weg van de tafel.',
    'Trok de capuchon over het hoofd toen het over thuis ging.',
    'Reageerde boos toen een klasgenoot te dichtbij kwam.',
    'Bleef stil en keek naar de grond bij de vraag over familie.',
    'Was even verdrietig tijdens de oefening.',
    'Schoof het werkblad van tafel en wilde niet verder.',
    'Riep door de klas en werd daarna stil en boos op zichzelf.',
  ],
  OBSERVATION: [
    'Vertelde uit zichzelf over het weekend bij oma.',
    'Hielp een klasgenoot met het werkblad.',
    'Werkte de hele les geconcentreerd.',
    'Lachte voor het eerst mee in de kring.',
    'Samenwerken met {alias} ging goed.',
  ],
  HELPED: [
    'Even naar de gang met de hulpverlener hielp; kwam rustig terug.',
    'Naast {alias} zitten hielp om mee te doen.',
    'Een zandloper op tafel gaf houvast.',
    'Mocht het bord uitvegen en was daarna weer rustig.',
  ],
  CONVERSATION_NEEDED: [
    'Zei dat het thuis niet goed gaat; deze week apart spreken.',
    'Vertelde over slecht slapen; navragen bij de mentor.',
    'Wil niet meer naast {alias} zitten; uitzoeken wat er speelt.',
  ],
} as const;

export const adaptedNotes = [
  'Korter gedaan: de groep was onrustig na de pauze.',
  'In tweetallen gedaan in plaats van alleen.',
  'Tekenen in plaats van schrijven aangeboden.',
  'Buiten op het plein gedaan, binnen was te weinig ruimte.',
  'De persoonlijke vragen weggelaten; het was een zware dag voor de groep.',
] as const;

export const skippedNotes = [
  'De tijd was op; doen we volgende les als opening.',
  'Overgeslagen omdat de groep te onrustig was.',
  'Vervallen door een brandoefening.',
] as const;

export const activityNotes = [
  'Rustig opbouwen; de hulpverlener start en de leerkracht sluit aan.',
  'Voorbeeld uit eigen leven geven om het veilig te maken.',
  'Materialen vooraf op de tafels leggen.',
  'Extra tijd voor wie wil vertellen; niemand hoeft.',
  'Tweetallen vooraf bepalen, maatjes bij elkaar.',
  'Bij onrust meteen overgaan op de ademhalingsoefening.',
  'Plaatjes bij de uitleg voor wie moeilijk leest.',
] as const;

export const ownChoiceTexts = [
  'Samen een rustig kringgesprek als afsluiting.',
  'Een korte wandeling over het plein in tweetallen.',
  'Een tekening maken voor het maatje.',
] as const;

export const adaptationTexts = {
  SO: {
    age: ['Jonge groep: korte opdrachten, veel voordoen en plaatjes bij de uitleg.', 'Groep van 8 tot 11 jaar: afwisselen tussen zitten en bewegen.'],
    development: ['Een paar leerlingen lezen nog moeizaam; werkbladen samen hardop doornemen.', 'Wisselend niveau; de opdrachten in stappen op het bord.'],
    groupDynamics: ['Na de pauze is de groep onrustig; starten in de kring met vaste plaatsen.', 'Twee leerlingen botsen vaak; niet naast elkaar zetten.'],
    underlying: ['Let op leerlingen die zich terugtrekken bij vragen over thuis: altijd de keuze geven om te passen.', ''],
  },
  VSO: {
    age: ['Serieus aanspreken, niet te kinderachtig; keuzes laten maken.', 'Pubers: ruimte geven om niet mee te doen, wel aanwezig te zijn.'],
    development: ['Mondeling werkt beter dan schrijven.', 'Niveau loopt uiteen; opdrachten met twee moeilijkheden.'],
    groupDynamics: ['Twee subgroepjes; tweetallen bewust mengen.', 'Nieuwe leerling in de klas; maatje vooraf bespreken.'],
    underlying: ['Bij spanning mag een leerling even op de gang met de hulpverlener.', ''],
  },
} as const;

export const attentionTexts = [
  'Zit graag naast de hulpverlener; bij de start even persoonlijk begroeten.',
  'Vindt vertellen over thuis spannend: laten kiezen om te tekenen.',
  'Wordt onrustig bij harde geluiden; een plek bij de muur.',
  'Net verhuisd naar een nieuwe woonplek; extra opletten.',
] as const;

export const amendmentTexts = [
  'Aanvulling: later in de week vertelde de leerling er zelf nog meer over aan de hulpverlener.',
  'Aanvulling na overleg met de intern begeleider: we zetten de aanpak de komende lessen voort.',
  'Correctie: het ging om de tweede oefening, niet om de opening.',
  'Aanvulling: de mentor heeft inmiddels gereageerd en is blij met de aanpak.',
] as const;

export const homeworkNotes = [
  'Samen met {alias} ingevuld aan de keukentafel.',
  'Blad kwam gekreukt terug, maar helemaal ingevuld.',
  'De mentor schreef er een lief briefje bij.',
  'Via de schoolapp gestuurd.',
] as const;

export const followUpNotes = ['Mentor gebeld; blad komt volgende week.', 'Voicemail ingesproken en een appje gestuurd.', 'Met de leerling afgesproken dat het blad nog komt.'] as const;
