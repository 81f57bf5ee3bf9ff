import { getCurrentUser } from '@/lib/auth/current-user';
import { pdfFileName } from '@/lib/certificates/content';
import { pdfResponse } from '@/lib/certificates/response';
import { getCertificates } from '@/lib/certificates/queries';

type Context = { params: Promise<{ classId: string; pupilId: string }> };

const notFound = () => new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });

/** Lesson 8: one pupil's certificate as a PDF (the pair only). */
export async function GET(_request: Request, context: Context): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { classId, pupilId } = await context.params;
  const set = await getCertificates(user, classId, pupilId);
  if (!set) return notFound();
  return pdfResponse(set, pdfFileName('certificaat', set.certificates[0]?.alias ?? ''));
}
