import { getCurrentUser } from '@/lib/auth/current-user';
import { sharedDocuments } from '@/lib/collab/documents';
import { liveDocumentStream } from '@/lib/collab/stream';
import { textFor } from '@/lib/pseudonym/class-pseudonymisers';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Niet gevonden', { status: 404 });

/** Live updates of a lesson plan or evaluation draft, for everyone allowed to read it. */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string; documentId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { kind, documentId } = await params;
  const document = kind === 'PLAN' || kind === 'EVALUATION' || kind === 'RUN' ? sharedDocuments[kind] : undefined;
  // The same check as the page: another school's document is a 404, like a missing one.
  const access = document ? await document.resolve(user, documentId, 'read') : null;
  if (!document || !access) return notFound();
  return new Response(liveDocumentStream(document, documentId, request.signal, await textFor(user, access.classId)), {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      // Keeps Next's response compression from buffering the stream.
      'Content-Encoding': 'none',
    },
  });
}
