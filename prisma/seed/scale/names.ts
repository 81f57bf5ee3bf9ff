/**
 * Dutch-looking names for the scale data set: schools, cities, classes, professionals and pupils.
 * All made up; combinations repeat across a hundred schools, as real school names do.
 */

export const schoolNames = [
  'De Regenboog', 'Het Kompas', 'De Wissel', 'De Sterrenkijker', 'Het Anker', 'De Berkenhof', 'De Wegwijzer',
  'Het Palet', 'De Vuurtoren', 'De Bolster', 'Het Mozaïek', 'De Hoeksteen', 'De Schakel', 'De Zonnewijzer',
  'Het Baken', 'De Toermalijn', 'De Kameleon', 'De Waterlelie', 'Het Klavertje', 'De Horizon', 'De Piramide',
  'De Brug', 'Het Startpunt', 'De Spiegel', 'De Windroos', 'De Boomgaard', 'Het Speelhuis', 'De Eikenhorst',
  'De Linde', 'De Vlinderboom', 'Het Rietveld', 'De Springplank', 'De Meander', 'Het Tij', 'De Korenaar',
  'De Parel', 'De Lichtboei', 'Het Veer', 'De Zeppelin', 'De Uitdaging', 'Het Kristal', 'De Groenling',
  'De Duinroos', 'De Klimop', 'Het Kasteel', 'De Ark', 'De Hazelaar', 'De Notenboom', 'Het Galjoen', 'De Tweemaster',
] as const;

export const cities = [
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen',
  'Apeldoorn', 'Arnhem', 'Haarlem', 'Enschede', 'Amersfoort', 'Zaanstad', "'s-Hertogenbosch", 'Zwolle', 'Leiden',
  'Maastricht', 'Dordrecht', 'Ede', 'Alphen aan den Rijn', 'Leeuwarden', 'Alkmaar', 'Emmen', 'Delft', 'Venlo',
  'Deventer', 'Sittard', 'Helmond', 'Oss', 'Hilversum', 'Heerlen', 'Roermond', 'Assen', 'Gouda', 'Middelburg',
  'Hoorn', 'Lelystad', 'Doetinchem', 'Harderwijk', 'Zutphen', 'Weert', 'Heibloem', 'Vlissingen', 'Den Helder', 'Kampen',
] as const;

export const soClassNames = [
  'Groep Zon', 'Groep Maan', 'Groep Ster', 'Groep Regenboog', 'Groep Wolk', 'Groep Vos', 'Groep Uil', 'Groep Egel',
  'Groep Eekhoorn', 'Groep Dolfijn', 'Groep 5/6', 'Groep 6/7', 'Groep 7/8', 'Groep Blauw', 'Groep Groen', 'Groep Oranje',
] as const;

export const vsoClassNames = [
  'Klas 1A', 'Klas 1B', 'Klas 2A', 'Klas 2B', 'Klas 3A', 'Klas 3C', 'Klas 4B', 'Entreeklas', 'Arbeidstraining 1',
  'Arbeidstraining 2', 'Brugklas Noord', 'Brugklas Zuid', 'Klas Dagbesteding', 'Klas 2 Praktijk',
] as const;

export const soAgeRanges = ['6–8 jaar', '8–10 jaar', '9–11 jaar', '10–12 jaar'] as const;
export const vsoAgeRanges = ['12–14 jaar', '13–15 jaar', '14–16 jaar', '15–18 jaar'] as const;

export const staffFirstNames = [
  'Anouk', 'Jeroen', 'Marloes', 'Ruud', 'Sanne', 'Karim', 'Esther', 'Bas', 'Ingrid', 'Mohamed', 'Femke', 'Wouter',
  'Linda', 'Hans', 'Yvonne', 'Dennis', 'Saskia', 'Erik', 'Petra', 'Martijn', 'Nadia', 'Joost', 'Ilse', 'Rik', 'Miriam',
  'Tom', 'Fatima', 'Niels', 'Marieke', 'Koen', 'Loes', 'Stefan', 'Hanneke', 'Ahmed', 'Judith', 'Pim', 'Carla', 'Gert',
] as const;

export const staffSurnames = [
  'de Vries', 'Bakker', 'Janssen', 'Peeters', 'Willems', 'el Amrani', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
  'de Groot', 'Bos', 'Vos', 'Dekker', 'van Dijk', 'Hendriks', 'van Leeuwen', 'Brouwer', 'de Wit', 'Dijkstra', 'Kok',
  'Jacobs', 'Vermeulen', 'van den Berg', 'Schouten', 'Postma', 'Kuipers', 'Yilmaz', 'van der Linden', 'Wouters', 'Sarmo',
] as const;

/** First names only (the app stores no more of a pupil than an alias). */
export const pupilAliases = [
  'Sem', 'Noor', 'Daan', 'Lieke', 'Milan', 'Fenna', 'Jesse', 'Isa', 'Thijs', 'Roos', 'Luuk', 'Evi', 'Bram', 'Julia',
  'Finn', 'Yara', 'Stijn', 'Mila', 'Lucas', 'Tess', 'Levi', 'Sara', 'Noah', 'Zoë', 'Mees', 'Lotte', 'Ryan', 'Femke',
  'Gijs', 'Nina', 'Bilal', 'Amira', 'Jayden', 'Liv', 'Ruben', 'Sophie', 'Tim', 'Elif', 'Owen', 'Saar', 'Hugo', 'Anna',
  'Mohammed', 'Fleur', 'Siem', 'Jasmijn', 'Ayoub', 'Lina', 'Teun', 'Vera', 'Dex', 'Maud', 'Olivier', 'Hanna', 'Jens',
  'Ilse', 'Kees', 'Nora', 'Daaf', 'Sofie', 'Mats', 'Eva', 'Boaz', 'Loïs', 'Quinten', 'Esmee', 'Wessel', 'Iris', 'Yusuf',
  'Lynn', 'Tygo', 'Demi', 'Rayan', 'Floor', 'Sven', 'Naomi', 'Joep', 'Kiki', 'Stan', 'Romy', 'Bo', 'Anne-Fleur',
] as const;

export const mentorRoles = ['moeder', 'vader', 'oma', 'opa', 'tante', 'oom', 'pleegmoeder', 'pleegvader', 'grote zus', 'buurvrouw', 'gezinshuisouder'] as const;
