import type { PrismaClient } from '../../lib/generated/prisma/client';
import { demoSchools } from '../../lib/demo/demo-data';
import { demoLessonStart } from '../../lib/demo/schedule';
import { lessonDatesFrom, type LessonDates } from '../../lib/homework/lesson-dates';
import { homeworkSchedule } from '../../lib/homework/schedule';
import { calendarDateInAmsterdam } from '../../lib/programme/homework-due';

/*
 * The pupils' network in the demo class Groep Zon (De Vlinderboom), which held lesson 3 on the seed
 * day: buddies and mentors chosen in lesson 1, the mentor homework of lessons 1 and 2 (one sheet of
 * lesson 2 is not back, so its follow-up steps are due today), lesson 2's talents, the lesson 3 mind
 * maps, and the first two notes in the problem box.
 *
 * Runs after seedDemoPlans, reading the class's lesson dates from its plans. Idempotent, and it never
 * overwrites what users changed: each part is added only while it is missing (a buddy pair only when
 * both are still without a buddy, a lesson's homework only when that lesson was not handed out yet).
 */

const SCHOOL = 'De Vlinderboom';

const buddyPairs: [string, string][] = [
  ['Sem', 'Milan'],
  ['Noor', 'Fenna'],
  ['Daan', 'Lieke'],
];

const mentors: Record<string, { who: string; contact: string | null; note: string | null }> = {
  Sem: { who: 'moeder', contact: '06-1234 5601, na 15.00 uur', note: 'Werkt in ploegendienst; een appje werkt het best.' },
  Noor: { who: 'oma', contact: '06-1234 5602', note: 'Noor woont doordeweeks bij oma.' },
  Daan: { who: 'vader', contact: '06-1234 5603', note: 'Belt liever dan dat hij appt.' },
  Lieke: { who: 'tante', contact: 'via de schoolapp', note: null },
  Milan: { who: 'pleegmoeder', contact: '06-1234 5605', note: 'Milan woont sinds de zomer in dit pleeggezin.' },
  Fenna: { who: 'opa', contact: '06-1234 5606', note: 'Opa haalt Fenna op dinsdag en donderdag op.' },
};

const talents: Record<string, string[]> = {
  Sem: ['Maakt anderen aan het lachen', 'Snel met hoofdrekenen', 'Helpt mee met opruimen'],
  Noor: ['Luistert goed naar anderen', 'Mooi tekenen', 'Zorgt goed voor dieren'],
  Daan: ['Bouwt de mooiste dingen met lego', 'Eerlijk', 'Goed in voetbal'],
  Lieke: ['Behulpzaam', 'Mooi zingen', 'Zet door als iets moeilijk is'],
  Milan: ['Kan goed uitleggen', 'Sterk in gym', 'Vriendelijk tegen nieuwe kinderen'],
  Fenna: ['Werkt precies en netjes', 'Goed in lezen', 'Durft te zeggen wat ze vindt'],
};

const mindMaps: Record<string, { goal: string; whyItMatters: string; firstIdeas: string }> = {
  Sem: {
    goal: 'Rustig wachten tot ik een beurt krijg',
    whyItMatters: 'Als ik door de klas roep, wordt het onrustig en voel ik me daarna stom.',
    firstIdeas: 'Milan geeft me een seintje. Een kaartje op mijn tafel. De juf knikt als ze me gezien heeft.',
  },
  Noor: {
    goal: 'Om hulp vragen als ik vastloop',
    whyItMatters: 'Nu blijf ik stil zitten en dan lukt mijn werk niet.',
    firstIdeas: 'Fenna zit naast me. Een hulpkaartje op tafel. Oma vraagt na school wat lastig was.',
  },
  Daan: {
    goal: 'Niet meer boos worden als ik verlies',
    whyItMatters: 'Dan wil niemand meer met mij spelen.',
    firstIdeas: 'Even weglopen en tot tien tellen. Lieke zegt „rustig”. Papa oefent thuis met spelletjes.',
  },
  Lieke: {
    goal: 'Zeggen wat ik voel als iets me dwarszit',
    whyItMatters: 'Dan hoef ik het niet de hele dag mee te dragen.',
    firstIdeas: 'De gevoelskaartjes gebruiken. Even praten met Jeroen (hulpverlener). Tante aan de telefoon.',
  },
  Milan: {
    goal: 'Op het plein zelf vragen of ik mee mag doen',
    whyItMatters: 'Ik sta nu vaak alleen en dat vind ik niet leuk.',
    firstIdeas: 'Sem loopt de eerste keer mee. In de klas oefenen met een rollenspel.',
  },
  Fenna: {
    goal: 'Mijn werk afmaken, ook als het moeilijk wordt',
    whyItMatters: 'Dan ben ik trots op mezelf.',
    firstIdeas: 'In kleine stukjes werken. Een timer op tafel. Opa vraagt wat ik af heb.',
  },
};

/** Lesson 1: every sheet back, Milan's after the care worker's reminder on the due day. */
const lesson1Returned: Record<string, number> = { Sem: 1, Noor: 2, Daan: 3, Lieke: 1, Fenna: 2 };
/** Lesson 2: back a few days after the lesson, except Daan's. */
const lesson2Returned: Record<string, number> = { Sem: 2, Noor: 1, Lieke: 3, Milan: 2, Fenna: 4 };

const problems = [
  { alias: null, problem: 'Als we in de rij staan, duwen ze me steeds naar achteren.', solutions: null, status: 'NEW' as const, discussedInLesson: null },
  {
    alias: 'Lieke',
    problem: 'Ik vind het moeilijk om te zeggen dat ik iets niet snap.',
    solutions: 'Liekes eigen oplossing: een kaartje met een vraagteken op tafel leggen, dan komt de juf even langs. Noor wil het ook proberen.',
    status: 'DISCUSSED' as const,
    discussedInLesson: 3,
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** A school day between the lesson and the due date (and not after today): when a sheet came back. */
function returnDay(lessonDate: Date, afterDays: number, dueDate: Date | null, today: Date): Date {
  let day = new Date(lessonDate.getTime() + afterDays * DAY_MS);
  if (dueDate && day > dueDate) day = dueDate;
  if (day > today) day = today;
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day = new Date(day.getTime() - DAY_MS);
  return day < lessonDate ? lessonDate : day;
}

async function classLessonDates(db: PrismaClient, classId: string, now: Date): Promise<LessonDates> {
  const plans = await db.lessonPlan.findMany({ where: { classId }, select: { lessonNumber: true, scheduledAt: true } });
  const dates = new Map(lessonDatesFrom(plans));
  // Should the plans not be there (yet), the demo schedule they are made from gives the same days.
  for (const lessonNumber of [1, 2, 3]) {
    if (dates.has(lessonNumber)) continue;
    const start = demoLessonStart(SCHOOL, lessonNumber, now);
    if (start) dates.set(lessonNumber, calendarDateInAmsterdam(start));
  }
  return dates;
}

export async function seedDemoNetwork(db: PrismaClient, now = new Date()): Promise<void> {
  const demo = demoSchools.find((school) => school.name === SCHOOL);
  if (!demo) return;
  const schoolClass = await db.schoolClass.findFirst({ where: { name: demo.className, school: { name: SCHOOL } } });
  if (!schoolClass) return;
  const [teacher, careWorker] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: demo.teacher.email } }),
    db.user.findUniqueOrThrow({ where: { email: demo.careWorker.email } }),
  ]);
  const pupils = await db.pupil.findMany({ where: { classId: schoolClass.id, active: true }, include: { mentor: true, talents: true, learningGoal: true } });
  const byAlias = new Map(pupils.map((pupil) => [pupil.alias, pupil]));

  for (const [a, b] of buddyPairs) {
    const first = byAlias.get(a);
    const second = byAlias.get(b);
    if (!first || !second || first.buddyId || second.buddyId) continue;
    if (pupils.some((pupil) => pupil.buddyId === first.id || pupil.buddyId === second.id)) continue;
    await db.$transaction([
      db.pupil.update({ where: { id: first.id }, data: { buddyId: second.id } }),
      db.pupil.update({ where: { id: second.id }, data: { buddyId: first.id } }),
    ]);
  }

  for (const pupil of pupils) {
    const mentor = mentors[pupil.alias];
    if (mentor && !pupil.mentor) await db.pupilMentor.create({ data: { pupilId: pupil.id, ...mentor } });
    const top3 = talents[pupil.alias];
    if (top3 && !pupil.talents) await db.pupilTalents.create({ data: { pupilId: pupil.id, talents: top3 } });
    const mindMap = mindMaps[pupil.alias];
    if (mindMap && !pupil.learningGoal) await db.learningGoal.create({ data: { pupilId: pupil.id, ...mindMap } });
  }

  const today = calendarDateInAmsterdam(now);
  const dates = await classLessonDates(db, schoolClass.id, now);
  for (const [lessonNumber, returned] of [
    [1, lesson1Returned],
    [2, lesson2Returned],
  ] as const) {
    const handedOut = await db.homeworkAssignment.count({ where: { lessonNumber, pupil: { classId: schoolClass.id } } });
    const lessonDate = dates.get(lessonNumber);
    const schedule = homeworkSchedule(lessonNumber, dates);
    if (handedOut > 0 || !lessonDate || !schedule) continue;
    const dueDate = schedule.dueDate;
    await db.$transaction(async (tx) => {
      for (const pupil of pupils) {
        const after = returned[pupil.alias];
        const lateButBack = lessonNumber === 1 && pupil.alias === 'Milan';
        const missing = lessonNumber === 2 && pupil.alias === 'Daan';
        const returnedOn = after !== undefined ? returnDay(lessonDate, after, dueDate, today) : lateButBack && dueDate ? dueDate : null;
        const assignment = await tx.homeworkAssignment.create({
          data: {
            pupilId: pupil.id,
            lessonNumber,
            status: returnedOn ? 'RETURNED' : missing ? 'NOT_RETURNED' : 'HANDED_OUT',
            returnedOn,
            createdAt: lessonDate,
          },
        });
        // The care worker's call on the due day (the source's first step), for the late sheets.
        if ((lateButBack || missing) && dueDate && dueDate <= today) {
          await tx.followUpRecord.create({
            data: {
              assignmentId: assignment.id,
              stepKey: 'contact-mentor',
              doneOn: dueDate,
              doneById: careWorker.id,
              note: lateButBack
                ? 'Pleegmoeder gebeld; het blad kwam dezelfde middag nog mee.'
                : 'Vader gebeld en herinnerd. Hij zou het blad vanavond samen met Daan invullen.',
            },
          });
        }
      }
    });
  }

  for (const entry of problems) {
    const exists = await db.problemBoxEntry.findFirst({ where: { classId: schoolClass.id, problem: entry.problem } });
    if (exists) continue;
    const pupilId = entry.alias ? (byAlias.get(entry.alias)?.id ?? null) : null;
    if (entry.alias && !pupilId) continue;
    await db.problemBoxEntry.create({
      data: { classId: schoolClass.id, problem: entry.problem, pupilId, solutions: entry.solutions, status: entry.status, discussedInLesson: entry.discussedInLesson, createdById: teacher.id },
    });
  }
}
