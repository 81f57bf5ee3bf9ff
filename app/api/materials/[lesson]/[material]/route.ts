import { getCurrentUser } from '@/lib/auth/current-user';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import { readMaterialFile } from '@/lib/materials/queries';

type Context = { params: Promise<{ lesson: string; material: string }> };

const NUMBER = /^[1-9][0-9]{0,2}$/;

// Not signed in, not allowed and not there all look the same, so nothing can be probed.
const notFound = () => new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });

/** Downloads one material's file, for everyone signed in. */
export async function GET(_request: Request, context: Context): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { lesson, material } = await context.params;
  if (!NUMBER.test(lesson) || !NUMBER.test(material)) return notFound();
  const file = await readMaterialFile(user, Number(lesson), Number(material));
  if (!file) return notFound();
  return new Response(file.bytes, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': attachmentDisposition(file.fileName),
      'Content-Length': String(file.bytes.byteLength),
      // Materials are for signed-in staff only: no shared cache may keep them.
      'Cache-Control': 'private, no-store',
    },
  });
}
