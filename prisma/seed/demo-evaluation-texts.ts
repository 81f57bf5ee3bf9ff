/**
 * The demo pairs' evaluations, logbooks and conversations with pupils, written as a teacher and a
 * care worker would after each lesson: concrete, about these classes (Groep Zon at De Vlinderboom,
 * 8–10 years; Klas 2B at Het Baken, 13–15 years), following the source's five questions.
 */

export interface DemoEvaluation {
  /** Keys as the evaluation draft stores them: "stressActions.a", "pupilExample", … */
  answers: Record<string, string>;
  logbooks: { teacher: string; careWorker: string };
  /** A later addition by the care worker, after submission. */
  amendment?: { questionKey: string; text: string };
}

export interface DemoConversation {
  lessonNumber: number;
  alias: string;
  by: 'teacher' | 'careWorker';
  said: string;
  agreements: string;
}

export const demoEvaluations: Record<string, Record<number, DemoEvaluation>> = {
  'De Vlinderboom': {
    1: {
      answers: {
        'stressActions.a': 'Jeroen begroette bij binnenkomst iedere leerling persoonlijk bij de deur en gaf Milan een vaste plek naast zich. Dat gaf vanaf de start rust.',
        'stressActions.b': 'Bij ‘Sta op als…’ mochten leerlingen ook blijven zitten en hun hand opsteken. Noor en Fenna kozen daarvoor en deden zo toch mee.',
        'stressActions.c': 'Toen Sem onrustig werd bij de stamboom, bood Anouk aan dat hij eerst de vriendencirkel mocht maken. Hij ging daarna uit zichzelf verder met de stamboom.',
        'trustBehaviours.b1': 'Bij ‘Sta op als…’ stonden leerlingen ook op bij vragen over thuis (‘wie woont bij opa of oma?’) en keken daarbij naar elkaar in plaats van naar de grond.',
        'trustBehaviours.b2': 'Lieke vroeg Daan om hulp bij het werkblad en liet hem haar vriendencirkel zien.',
        'trustBehaviours.b3': 'Bij het nabespreken wilden vier van de zes leerlingen zelf iets voorlezen; in september durfde niemand dat nog.',
        pupilExample:
          'Noor vertelde bij het nabespreken dat ze doordeweeks bij oma woont en dat ze het ‘soms stom’ vindt dat ze haar moeder weinig ziet. Ze zei erbij dat ze het fijn vond dat Fenna naast haar zat. Jeroen benoemde hoe knap het was dat ze dit vertelde; de klas luisterde stil.',
        interventionBuild:
          'Voorbereid op dinsdagmiddag, samen drie kwartier. Anouk maakte de werkbladen klaar en paste het vriendenboekje aan voor de twee leerlingen die moeizaam lezen. Jeroen bereidde ‘Waar kom jij vandaan?’ voor met een voorbeeld uit zijn eigen jeugd en belde vooraf twee mentoren over de huiswerkopdracht. In de les leidde Jeroen de opening en de oefening, Anouk de werkbladen en de afsluiting. Afgesproken: Jeroen let op stress, Anouk bewaakt het tempo.',
        collaboration:
          'De vooraf afgesproken signalen (een knikje als iemand even ruimte nodig heeft) werkten goed: we hoefden niets hardop te zeggen. Ook het korte nagesprek direct na de les, nog in het lokaal, hielp ons te zien wat de ander had opgemerkt.',
      },
      logbooks: {
        teacher:
          'Spannend om de reeks te beginnen. Ik merkte dat ik zelf sneller wilde dan de groep; Jeroen remde me met een blik af en dat was terecht. Mooi moment: Noor die vertelde over oma. Voor volgende keer: werkbladen met minder tekst, Sem en Milan haken af bij lange zinnen.',
        careWorker:
          'Milan zat de hele les naast me en zocht twee keer oogcontact toen het over thuis ging; ik heb alleen geknikt, dat was genoeg. Mijn eigen voorbeeld bij ‘Waar kom jij vandaan?’ maakte het veilig. Anouk en ik vullen elkaar goed aan: zij houdt de lijn vast, ik kan daardoor bij de leerlingen zijn.',
      },
    },
    2: {
      answers: {
        'stressActions.a': 'Bij het terugkoppelen van het huiswerk zorgde Jeroen dat een leerling zonder ingevuld blad (Daan) niet hoefde uit te leggen waarom; hij vertelde samen met Daan wat Daan er zelf nog van wist.',
        'stressActions.b': 'Anouk gaf bij het kwaliteitenspel iedere leerling eerst zelf een kaartje, zodat niemand zonder kwaliteit bleef zitten.',
        'stressActions.c': 'Tijdens het maken van de top 3 mocht Milan even met Jeroen op de gang. Na vijf minuten kwam hij rustig terug en maakte zijn top 3 af.',
        'trustBehaviours.b1': 'Leerlingen gaven elkaar uit zichzelf complimenten bij het kwaliteitenspel (‘Sem maakt iedereen aan het lachen’).',
        'trustBehaviours.b2': 'Fenna zei hardop dat ze goed kan lezen, zonder het weg te lachen.',
        'trustBehaviours.b3': 'Daan vroeg na de les aan Jeroen of hij het huiswerkblad nog mocht inleveren.',
        pupilExample:
          'Daan vertelde Jeroen dat zijn vader het huiswerk ‘weer vergeten was’ en dat hij het vervelend vond dat hij daardoor niets kon laten zien. Samen bedachten ze dat Daan het blad zelf aan zijn vader geeft bij het avondeten.',
        interventionBuild:
          'Anouk bereidde het kwaliteitenspel voor en koos de kaartjes die bij deze groep passen; Jeroen nam de terugkoppeling van het huiswerk op zich en sprak vooraf af hoe we omgaan met leerlingen zonder blad. In de les leidde Anouk het didactische deel, Jeroen de nabespreking. De ouderbrief voor les 2 schreven we samen.',
        collaboration:
          'Dat Jeroen de mentor van Daan al vóór de les had gebeld, maakte dat Anouk in de les niet hoefde te improviseren. We merken dat we elkaars rol inmiddels zonder overleg overnemen als dat nodig is.',
      },
      logbooks: {
        teacher:
          'Het kwaliteitenspel werkte beter dan verwacht. Ik heb de complimenten op het bord geschreven en daarna herhaald; leerlingen vroegen of ze die foto mee naar huis mochten. Daan zat erbij zonder blad; Jeroen ving dat mooi op.',
        careWorker:
          'Daans vader gebeld; hij was het blad echt vergeten en schrok ervan. Goed gesprek, hij wil meedoen. Milan had even de gang nodig: ik merk dat hij bij complimenten onrustig wordt, dat houd ik in de gaten. Samenwerking met Anouk voelt steeds vanzelfsprekender.',
      },
      amendment: {
        questionKey: 'pupilExample',
        text: 'Daans vader belde twee dagen na de les zelf terug en heeft het blad alsnog met Daan ingevuld. Daan liet het de volgende ochtend trots aan Anouk zien.',
      },
    },
    3: {
      answers: {
        'stressActions.a': 'Het interview van Anouk door Jeroen (‘wat vond jij vroeger moeilijk?’) maakte het gewoon om over moeilijke dingen te praten; leerlingen lachten en ontspanden zichtbaar.',
        'stressActions.b': 'Bij de mindmap mochten leerlingen kiezen tussen tekenen en schrijven; Sem en Milan tekenden en bleven zo bij de opdracht.',
        'stressActions.c': 'Jeroen ging naast Lieke zitten toen ze vastliep bij ‘wat wil ik leren’ en stelde alleen vragen. Ze kwam zelf op haar leerdoel.',
        'trustBehaviours.b1': 'Leerlingen noemden in de kring hardop iets wat ze moeilijk vinden, zoals ‘boos worden als iemand aan mijn spullen zit’.',
        'trustBehaviours.b2': 'Milan bood Sem aan hem een seintje te geven als hij door de klas roept.',
        'trustBehaviours.b3': 'De eerste briefjes gingen dezelfde dag nog in de problemen/oplossingenbus, één zelfs met naam.',
        pupilExample:
          'Sem vertelde in de kring dat hij door de klas roept ‘omdat ik anders vergeet wat ik wil zeggen’ en dat hij zich daarna stom voelt. Milan zei dat hij hem een seintje wil geven. Sem koos dit als zijn leerdoel.',
        interventionBuild:
          'Het interview bereidden we samen voor: Anouk schreef de vragen, Jeroen koos welke eigen voorbeelden hij wilde delen. Anouk leidde de mindmap en de bespreking; Jeroen introduceerde de problemen/oplossingenbus en liep tijdens het werken rond bij leerlingen die vastliepen.',
        collaboration:
          'Elkaar voor de klas interviewen liet de leerlingen zien dat wij elkaar vertrouwen, en dat voelden we zelf ook. We hebben afgesproken het interview in les 7 te herhalen.',
      },
      logbooks: {
        teacher:
          'De mindmaps zijn heel verschillend geworden; Fenna schreef een hele bladzijde, Milan tekende drie plaatjes. Beide goed. Ik wil de leerdoelen in les 5 echt TEPPC laten toetsen, Sems doel is nog vaag.',
        careWorker:
          'Het interview was voor mij ook spannend: vertellen wat ik vroeger moeilijk vond. Juist dat maakte het veilig voor de klas. Sem en Milan als maatjes werkt; ik heb met Sem na de les het seintje afgesproken.',
      },
    },
  },
  'Het Baken': {
    1: {
      answers: {
        'stressActions.a': 'Ruud liet leerlingen bij binnenkomst zelf hun plek kiezen en zorgde dat Thijs bij de deur kon zitten; hij heeft het lokaal niet hoeven verlaten.',
        'stressActions.b': 'Bij ‘Waar kom jij vandaan?’ gaf Marloes eerst zelf een eerlijk voorbeeld over verhuizen; daarna durfden leerlingen meer te vertellen.',
        'stressActions.c': 'Ruud zag dat Roos dichtklapte bij de stamboom en gaf haar de keuze om alleen de vriendencirkel te maken.',
        'trustBehaviours.b1': 'Jesse en Luuk, die elkaar normaal ontlopen, werkten zonder morren samen in een tweetal.',
        'trustBehaviours.b2': 'Isa vroeg of ze haar vriendencirkel later aan Ruud mocht laten zien, als de anderen weg waren.',
        'trustBehaviours.b3': 'Bij ‘Sta op als…’ bleef niemand demonstratief zitten; ook de stoere jongens deden mee.',
        pupilExample:
          'Roos vertelde na de les aan Ruud dat ze de stamboom ‘te veel gedoe’ vond omdat ze twee families heeft. Ruud gaf aan dat dat heel gewoon is en dat ze zelf bepaalt wie erop komt. Ze spraken af dat ze haar vriendencirkel volgende week uitbreidt.',
        interventionBuild:
          'Marloes maakte de werkbladen passend voor de leeftijd van 2B (minder kinderlijk, meer keuze); Ruud bereidde de mentorbrief voor en besprak met Marloes welke leerlingen extra aandacht nodig hebben. Ruud leidde de opening, Marloes de werkbladen; de afsluiting deden we samen.',
        collaboration:
          'We verdeelden vooraf duidelijk wie op welk moment de klas leidt. Daardoor praatten we niet langs elkaar heen en kon Ruud zich richten op de leerlingen die spanning lieten zien.',
      },
      logbooks: {
        teacher: 'Klas 2B deed serieuzer mee dan ik had verwacht. Mijn eigen verhuisverhaal opende deuren. Volgende keer de werkbladen digitaal: schrijven kost deze groep te veel energie.',
        careWorker: 'Roos en Isa hebben allebei iets te vertellen, maar niet voor de groep. Ik plan korte momenten na de les. Marloes en ik zaten snel op één lijn over de rolverdeling.',
      },
    },
    2: {
      answers: {
        'stressActions.a': 'Ruud begon met een kort rondje ‘hoe zit je erbij’ met duimen; Luuk gaf een duim omlaag en kreeg de ruimte om eerst alleen te luisteren.',
        'stressActions.b': 'Marloes liet leerlingen bij het kwaliteitenspel zelf kiezen wie ze een kaartje gaven, maar zorgde dat iedereen er minstens twee kreeg.',
        'stressActions.c': 'Toen Jesse een compliment weglachte, vroeg Ruud rustig door; Jesse gaf daarna toe dat hij het ‘best wel’ herkende.',
        'trustBehaviours.b1': 'Leerlingen namen complimenten aan zonder ze weg te lachen.',
        'trustBehaviours.b2': 'Evi schreef in haar top 3 ‘ik kan goed luisteren’ en vertelde dat haar zus dat ook zegt.',
        'trustBehaviours.b3': 'Thijs bleef de hele les in het lokaal, ook toen het druk werd.',
        pupilExample:
          'Luuk vertelde in het rondje dat hij slecht had geslapen omdat het thuis onrustig was. Meer wilde hij er niet over zeggen; Ruud sprak na de les kort met hem af dat hij bij Ruud terecht kan.',
        interventionBuild:
          'Marloes koos de kwaliteitenkaartjes en zette de top 3 in een digitaal werkblad; Ruud nam de terugkoppeling van het huiswerk en het rondje aan het begin. De mentoren die het blad niet terugstuurden, had Ruud vooraf gebeld.',
        collaboration:
          'Het korte telefoontje op de ochtend van de les om de rolverdeling door te nemen gaf rust. Marloes merkte dat Ruud spanning eerder ziet; Ruud merkte dat Marloes de groep goed bij de les houdt.',
      },
      logbooks: {
        teacher: 'Het digitale werkblad werkte. Jesse die een compliment aanneemt: dat had ik in september niet gedacht. Ik wil in les 3 meer tijd voor de nabespreking.',
        careWorker: 'Luuk houdt me bezig; ik heb met de mentor gebeld en houd contact. Fijn dat Marloes de les overnam terwijl ik met Luuk op de gang stond, zonder dat we het hoefden af te spreken.',
      },
    },
  },
};

/** A few conversations with pupils of Groep Zon (De Vlinderboom). */
export const demoConversations: DemoConversation[] = [
  {
    lessonNumber: 1,
    alias: 'Milan',
    by: 'careWorker',
    said: 'Milan vertelde dat hij sinds de zomer in een pleeggezin woont en de stamboom lastig vond: ‘welke familie moet ik dan tekenen?’. Hij wil zijn pleegmoeder als mentor kiezen.',
    agreements: 'Milan maakt de stamboom thuis samen met zijn pleegmoeder af en kiest zelf wie erop komt.',
  },
  {
    lessonNumber: 2,
    alias: 'Daan',
    by: 'careWorker',
    said: 'Daan vertelde dat zijn vader het huiswerkblad vergeten was en dat hij daardoor niets kon laten zien bij de terugkoppeling. Hij was daar verdrietig over.',
    agreements: 'Daan geeft het blad zelf aan zijn vader bij het avondeten. Jeroen belt vader donderdag.',
  },
  {
    lessonNumber: 3,
    alias: 'Noor',
    by: 'teacher',
    said: 'Noor vroeg na de les of haar leerdoel ook ‘niet meer stil worden als ik iets spannend vind’ mocht zijn. Ze vertelde dat ze in de klas vaak iets wil zeggen maar het niet durft.',
    agreements: 'Noor steekt één keer per dag haar vinger op; Anouk geeft haar dan als eerste de beurt. Vrijdag samen kort terugkijken.',
  },
  {
    lessonNumber: 3,
    alias: 'Sem',
    by: 'careWorker',
    said: 'Sem was na het interview opgelucht dat ook volwassenen dingen moeilijk vinden. Hij wil dat Milan hem een seintje geeft als hij door de klas roept.',
    agreements: 'Seintje afgesproken met Sem en Milan: een tik op tafel. In les 4 kijken we hoe het gaat.',
  },
];
