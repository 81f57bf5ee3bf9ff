import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { can } from '../auth/policy';
import { db } from '../db';
import { fileKey, materialFileSummaries } from './file-summaries';
import type { MaterialView } from '../programme/queries';

export interface LessonMaterials {
  number: number;
  title: string;
  materials: MaterialView[];
}

/** Every lesson's materials with their upload state, for the admin who uploads them; null for anyone else. */
export async function listMaterialsForUpload(user: CurrentUser): Promise<LessonMaterials[] | null> {
  if (!can(user, 'write', { kind: 'material' })) return null;
  const version = await db.programmeVersion.findFirst({ orderBy: { version: 'desc' } });
  if (!version) throw new Error('No programme version in the database: run the seed (npm start seeds it).');
  const [lessons, files] = await Promise.all([
    db.programmeLesson.findMany({
      where: { programmeVersionId: version.id },
      orderBy: { number: 'asc' },
      select: { number: true, title: true, materials: { orderBy: { number: 'asc' } } },
    }),
    materialFileSummaries(),
  ]);
  return lessons.map((lesson) => ({
    number: lesson.number,
    title: lesson.title,
    materials: lesson.materials.map((m) => ({
      number: m.number,
      title: m.title,
      description: m.description,
      file: files.get(fileKey(lesson.number, m.number)) ?? null,
    })),
  }));
}

export interface MaterialDownload {
  fileName: string;
  contentType: string;
  size: number;
  bytes: Uint8Array<ArrayBuffer>;
}

/** The stored file of one material, for download; null when missing or not allowed (both a 404). */
export async function readMaterialFile(user: CurrentUser, lessonNumber: number, materialNumber: number): Promise<MaterialDownload | null> {
  if (!can(user, 'read', { kind: 'material' })) return null;
  if (!Number.isInteger(lessonNumber) || !Number.isInteger(materialNumber)) return null;
  const file = await db.materialFile.findUnique({
    where: { lessonNumber_materialNumber: { lessonNumber, materialNumber } },
    select: { fileName: true, contentType: true, size: true, bytes: true },
  });
  return file;
}
