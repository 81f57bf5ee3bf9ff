/** The demo schools, classes, accounts and pupils (README lists the accounts). */
export const DEMO_PASSWORD = 'vertrouwen-demo';

export const demoStaff = [
  { email: 'beheer@example.org', name: 'Bea Beheer', role: 'ADMIN' },
  { email: 'coordinator@example.org', name: 'Pieter Coördinator', role: 'COORDINATOR', coordinatorAllSchools: true },
] as const;

export const demoSchools = [
  {
    name: 'De Vlinderboom',
    kind: 'SO',
    city: 'Eindhoven',
    className: 'Groep Zon',
    ageRange: '8–10 jaar',
    teacher: { email: 'leerkracht.vlinderboom@example.org', name: 'Anouk de Vries' },
    careWorker: { email: 'hulpverlener.vlinderboom@example.org', name: 'Jeroen Bakker' },
    pupils: ['Sem', 'Noor', 'Daan', 'Lieke', 'Milan', 'Fenna'],
  },
  {
    name: 'Het Baken',
    kind: 'VSO',
    city: 'Heibloem',
    className: 'Klas 2B',
    ageRange: '13–15 jaar',
    teacher: { email: 'leerkracht.baken@example.org', name: 'Marloes Janssen' },
    careWorker: { email: 'hulpverlener.baken@example.org', name: 'Ruud Peeters' },
    pupils: ['Jesse', 'Isa', 'Thijs', 'Roos', 'Luuk', 'Evi'],
  },
  {
    name: 'De Linde',
    kind: 'SO',
    city: 'Roermond',
    className: 'Groep Maan',
    ageRange: '10–12 jaar',
    // Not "Sanne": a pupil of this class is called Sanne, and a teacher sharing a pupil's name would
    // show up as that pupil's code wherever free text is pseudonymised.
    teacher: { email: 'leerkracht.linde@example.org', name: 'Els Willems' },
    careWorker: { email: 'hulpverlener.linde@example.org', name: 'Karim el Amrani' },
    pupils: ['Bram', 'Sanne', 'Finn', 'Julia', 'Stijn', 'Yara'],
  },
] as const;

export const DEMO_SCHOOL_YEAR = '2026-2027';
