import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as csvGET } from '@/app/api/export/csv/route';
import { GET as xlsxGET } from '@/app/api/export/xlsx/route';
import { db } from '@/lib/db';
import { demoSchools, demoStaff } from '@/lib/demo/demo-data';
import { exportTables } from '@/lib/export/tables';
import { seedDemo } from '../../prisma/seed/demo';
import { seedDemoEvaluations } from '../../prisma/seed/demo-evaluations';
import { seedProgramme } from '../../prisma/seed/programme';
import { parseCsv } from '../support/csv';
import { actAs } from '../support/fake-session';
import { createUser } from '../support/factories';

type Table = string[][];

const aliases = demoSchools.flatMap((s) => [...s.pupils]);
// Whole words, any case, the same word boundaries as the pseudonymiser (letters, marks, digits).
const aliasPattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${aliases.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');

async function csvExport(query = ''): Promise<{ response: Response; files: Record<string, Uint8Array> }> {
  const response = await csvGET(new Request(`http://localhost/api/export/csv${query}`));
  const files = response.status === 200 ? unzipSync(new Uint8Array(await response.arrayBuffer())) : {};
  return { response, files };
}

function csvTables(files: Record<string, Uint8Array>): Record<string, Table> {
  return Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => {
      expect([...bytes.slice(0, 3)], `${name} starts with a BOM`).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
      expect(text.endsWith('\r\n'), `${name} ends with CRLF`).toBe(true);
      // parseCsv is strict RFC 4180: a bare LF or CR outside quotes fails the test.
      return [name.replace(/\.csv$/, ''), parseCsv(text)];
    }),
  );
}

async function xlsxExport(query = ''): Promise<{ response: Response; sheets: Record<string, Table> }> {
  const response = await xlsxGET(new Request(`http://localhost/api/export/xlsx${query}`));
  const sheets: Record<string, Table> = {};
  if (response.status === 200) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    for (const worksheet of workbook.worksheets) {
      const rows: Table = [];
      worksheet.eachRow({ includeEmpty: true }, (row) => {
        const cells: string[] = [];
        for (let col = 1; col <= worksheet.columnCount; col++) {
          const value = row.getCell(col).value;
          cells.push(value === null || value === undefined ? '' : String(value));
        }
        rows.push(cells);
      });
      sheets[worksheet.name] = rows;
    }
  }
  return { response, sheets };
}

const column = (table: Table, name: string) => {
  const index = table[0]!.indexOf(name);
  expect(index, name).toBeGreaterThanOrEqual(0);
  return table.slice(1).map((row) => row[index] ?? '');
};

let coordinator: { id: string };
let teacher: { id: string };
const schoolId: Record<string, string> = {};
const codeOf: Record<string, string> = {};

beforeAll(async () => {
  await seedProgramme(db);
  await seedDemo(db);
  await seedDemoEvaluations(db);
  coordinator = await db.user.findUniqueOrThrow({ where: { email: demoStaff.find((s) => s.role === 'COORDINATOR')!.email } });
  teacher = await db.user.findUniqueOrThrow({ where: { email: demoSchools[0].teacher.email } });
  for (const school of await db.school.findMany()) schoolId[school.name] = school.id;
  for (const pupil of await db.pupil.findMany()) codeOf[pupil.alias] = pupil.code;

  // Aliases in every case and shape a person might type, in each kind of free text.
  const baken = await db.lessonPlan.findFirstOrThrow({ where: { lessonNumber: 1, class: { name: 'Klas 2B' } }, include: { evaluation: true } });
  await db.evaluationAnswer.update({
    where: { evaluationId_questionKey_partKey: { evaluationId: baken.evaluation!.id, questionKey: 'pupilExample', partKey: '' } },
    data: { text: 'ISA vertelde het aan isa’s maatje; daarna zei Roos: "jesse, kom!", en Luuk,Evi en THIJS luisterden.\nIsabel (geen leerling) niet.' },
  });
  const bakenTeacher = await db.user.findUniqueOrThrow({ where: { email: demoSchools[1].teacher.email } });
  await db.logbookEntry.update({ where: { planId_authorId: { planId: baken.id, authorId: bakenTeacher.id } }, data: { text: 'Logboek: evi en Jesse; roos, ISA.' } });
  const zon = await db.lessonPlan.findFirstOrThrow({ where: { lessonNumber: 1, class: { name: 'Groep Zon' } } });
  await db.activityOutcome.updateMany({ where: { planId: zon.id, activityNumber: 1 }, data: { note: 'SEM en noor, daarna Milan-achtig gedrag van DAAN' } });
});

describe('research export (CSV)', () => {
  it('is a zip of one CSV per table plus the codebook, for the demo coordinator, audited', async () => {
    actAs(coordinator);
    const { response, files } = await csvExport();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="bouwen-aan-vertrouwen-export-\d{4}-\d{2}-\d{2}\.zip"/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const tables = csvTables(files);
    expect(Object.keys(tables)).toEqual([...exportTables.map((t) => t.name), 'codebook']);
    for (const name of ['plans', 'activities', 'evaluations', 'amendments', 'logbooks', 'homework', 'captures']) {
      expect(tables[name]!.length, name).toBeGreaterThan(1);
    }
    expect(new Set(column(tables.plans!, 'school_name'))).toEqual(new Set(['De Vlinderboom', 'Het Baken', 'De Linde']));

    const entry = await db.auditLog.findFirst({ where: { userId: coordinator.id, action: 'export.csv' }, orderBy: { at: 'desc' } });
    expect(entry?.detail).toMatchObject({ filters: { school: null, kind: null, year: null }, classCount: 3 });
    const rows = (entry?.detail as { rows: Record<string, number> }).rows;
    for (const table of exportTables) expect(rows[table.name], table.name).toBe(tables[table.name]!.length - 1);
  });

  it('contains no demo pupil alias in any cell, also not inside free text, and pupils by code', async () => {
    actAs(coordinator);
    const tables = csvTables((await csvExport()).files);
    for (const [name, table] of Object.entries(tables)) {
      for (const row of table) for (const cell of row) expect(cell, `${name}: ${cell}`).not.toMatch(aliasPattern);
    }
    const answers = column(tables.evaluations!, 'answer');
    expect(answers).toContain(
      `${codeOf.Isa} vertelde het aan ${codeOf.Isa}’s maatje; daarna zei ${codeOf.Roos}: "${codeOf.Jesse}, kom!", en ${codeOf.Luuk},${codeOf.Evi} en ${codeOf.Thijs} luisterden.\nIsabel (geen leerling) niet.`,
    );
    expect(column(tables.activities!, 'note')).toContain(`${codeOf.Sem} en ${codeOf.Noor}, daarna ${codeOf.Milan}-achtig gedrag van ${codeOf.Daan}`);
    const demoCodes = new Set(Object.values(codeOf));
    for (const code of [...column(tables.captures!, 'pupil_code'), ...column(tables.homework!, 'pupil_code')]) expect(demoCodes).toContain(code);
    // Staff by role: no name or e-mail address in any identifying column.
    expect(new Set(column(tables.logbooks!, 'author_role'))).toEqual(new Set(['TEACHER', 'CARE_WORKER']));
    const staff = await db.user.findMany({ select: { email: true } });
    for (const table of Object.values(tables)) for (const row of table) for (const cell of row) for (const { email } of staff) expect(cell).not.toContain(email);
  });

  it('describes every column in the codebook, and the codebook nothing else', async () => {
    actAs(coordinator);
    const tables = csvTables((await csvExport()).files);
    const codebook = tables.codebook!;
    const described = codebook.slice(1).map((row) => `${row[0]}.${row[2]}`);
    const exported = Object.entries(tables).flatMap(([name, table]) => table[0]!.map((c) => `${name}.${c}`));
    expect(described.sort()).toEqual(exported.sort());
    for (const row of codebook.slice(1)) for (const cell of row.slice(3)) expect(cell.length).toBeGreaterThan(0);
  });

  it('filters like the overview: SO/VSO, school, school year', async () => {
    actAs(coordinator);
    const vso = csvTables((await csvExport('?kind=VSO')).files);
    expect(new Set(column(vso.plans!, 'school_name'))).toEqual(new Set(['Het Baken']));
    const linde = csvTables((await csvExport(`?school=${schoolId['De Linde']}`)).files);
    expect(new Set(column(linde.plans!, 'school_id'))).toEqual(new Set([schoolId['De Linde']]));
    const none = csvTables((await csvExport('?year=1999-2000')).files);
    expect(none.plans).toHaveLength(1);
    expect(none.codebook!.length).toBeGreaterThan(1);
  });

  it("gives a coordinator of one school only that school's rows", async () => {
    const limited = await createUser('COORDINATOR', { coordinatorSchoolIds: [schoolId['Het Baken']!] });
    actAs(limited);
    const tables = csvTables((await csvExport()).files);
    for (const name of exportTables.map((t) => t.name)) {
      expect(new Set(column(tables[name]!, 'school_id')), name).toEqual(tables[name]!.length > 1 ? new Set([schoolId['Het Baken']]) : new Set());
    }
    expect(tables.plans!.length).toBeGreaterThan(1);
    // Asking for another school gives nothing of it.
    const other = csvTables((await csvExport(`?school=${schoolId['De Vlinderboom']}`)).files);
    expect(other.plans).toHaveLength(1);
  });

  it('is not found for a teacher, an admin or nobody signed in', async () => {
    for (const user of [teacher, await createUser('ADMIN'), await createUser('CARE_WORKER'), null]) {
      actAs(user);
      expect((await csvGET(new Request('http://localhost/api/export/csv'))).status).toBe(404);
      expect((await xlsxGET(new Request('http://localhost/api/export/xlsx'))).status).toBe(404);
    }
    const users = [teacher.id];
    expect(await db.auditLog.count({ where: { userId: { in: users }, action: { startsWith: 'export.' } } })).toBe(0);
  });
});

describe('research export (XLSX)', () => {
  it('has a sheet per table and a Codeboek sheet, with the same rows as the CSV files', async () => {
    actAs(coordinator);
    const { response, sheets } = await xlsxExport();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(/filename="bouwen-aan-vertrouwen-export-\d{4}-\d{2}-\d{2}\.xlsx"/);
    expect(Object.keys(sheets)).toEqual([...exportTables.map((t) => t.sheet), 'Codeboek']);
    const csv = csvTables((await csvExport()).files);
    for (const table of exportTables) expect(sheets[table.sheet], table.name).toEqual(csv[table.name]);
    expect(await db.auditLog.count({ where: { userId: coordinator.id, action: 'export.xlsx' } })).toBeGreaterThanOrEqual(1);
  });

  it('contains no demo pupil alias in any cell, and the codebook matches the sheets both ways', async () => {
    actAs(coordinator);
    const { sheets } = await xlsxExport();
    for (const [name, sheet] of Object.entries(sheets)) {
      for (const row of sheet) for (const cell of row) expect(cell, `${name}: ${cell}`).not.toMatch(aliasPattern);
    }
    const codebook = sheets.Codeboek!;
    const sheetColumn = codebook[0]!.indexOf('sheet');
    const nameColumn = codebook[0]!.indexOf('column');
    const described = codebook.slice(1).map((row) => `${row[sheetColumn]}.${row[nameColumn]}`);
    const exported = Object.entries(sheets).flatMap(([name, sheet]) => sheet[0]!.map((c) => `${name}.${c}`));
    expect(described.sort()).toEqual(exported.sort());
  });
});
