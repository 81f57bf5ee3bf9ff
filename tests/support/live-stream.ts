/** Reading the live route's server-sent events in integration tests. */
import { GET as liveGET } from '@/app/api/live/[kind]/[documentId]/route';

/** Opens the live stream of a document as the current (fake) session; `close` ends it. */
export async function openLiveStream(kind: 'PLAN' | 'EVALUATION' | 'RUN', documentId: string) {
  const controller = new AbortController();
  const response = await liveGET(new Request(`http://localhost/api/live/${kind}/x`, { signal: controller.signal }), { params: Promise.resolve({ kind, documentId }) });
  const reader = response.status === 200 ? response.body!.getReader() : null;
  const decoder = new TextDecoder();
  let received = '';
  return {
    response,
    /** Everything received so far. */
    received: () => received,
    /** Reads on until `needle` has arrived; fails when the stream ends first. */
    async readUntil(needle: string): Promise<string> {
      while (!received.includes(needle)) {
        const { value, done } = await reader!.read();
        if (done) throw new Error(`stream ended before "${needle}"`);
        received += decoder.decode(value, { stream: true });
      }
      return received;
    },
    close: () => controller.abort(),
  };
}
