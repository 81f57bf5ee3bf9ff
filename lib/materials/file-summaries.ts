import 'server-only';
import { db } from '../db';

/** What a page shows about an uploaded material file: never its bytes. */
export interface MaterialFileSummary {
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: Date;
  downloadUrl: string;
}

export const materialDownloadUrl = (lessonNumber: number, materialNumber: number) => `/api/materials/${lessonNumber}/${materialNumber}`;

export const fileKey = (lessonNumber: number, materialNumber: number) => `${lessonNumber}:${materialNumber}`;

/**
 * The uploaded files of these lessons (all lessons when omitted), keyed by fileKey(). Callers
 * check policy first: this is the shared read behind the programme and materials queries.
 */
export async function materialFileSummaries(lessonNumbers?: number[]): Promise<Map<string, MaterialFileSummary>> {
  const files = await db.materialFile.findMany({
    where: lessonNumbers ? { lessonNumber: { in: lessonNumbers } } : {},
    select: { lessonNumber: true, materialNumber: true, fileName: true, contentType: true, size: true, uploadedAt: true },
  });
  return new Map(
    files.map((f) => [
      fileKey(f.lessonNumber, f.materialNumber),
      { fileName: f.fileName, contentType: f.contentType, size: f.size, uploadedAt: f.uploadedAt, downloadUrl: materialDownloadUrl(f.lessonNumber, f.materialNumber) },
    ]),
  );
}
