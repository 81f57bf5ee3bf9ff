import 'server-only';
import type { Pseudonymise } from '../pseudonym/replace-aliases';
import { topicOf, type LiveNotice } from './channel';
import type { SharedDocumentType } from './document-type';
import { liveListener } from './listener';
import { pseudonymiseField } from './pseudonymise-fields';
import { documentSnapshot } from './snapshot';
import { readField, readPresence } from './store';
import type { LiveEvent } from './types';

const HEARTBEAT_MS = 15_000;

/**
 * A server-sent event stream of one shared document: first a full snapshot (which is also how a
 * reconnecting browser catches up on whatever it missed), then every change as it commits, from
 * whichever app instance made it. Each event is a fresh read, so nothing stale is ever sent.
 * `text` pseudonymises free text for a reader who may not see pupils' names (the coordinator).
 */
export function liveDocumentStream(document: SharedDocumentType, documentId: string, signal: AbortSignal, text: Pseudonymise): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (event: LiveEvent) => {
        if (!closed) controller.enqueue(encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
      };
      // Events are applied in order: each waits for the one before it.
      let queue = Promise.resolve();
      const enqueue = (work: () => Promise<void>) => {
        queue = queue.then(work).catch(() => {});
      };
      const sendSnapshot = () => enqueue(async () => send({ type: 'snapshot', snapshot: await documentSnapshot(document, documentId, text) }));
      const onNotice = (notice: LiveNotice) =>
        enqueue(async () => {
          if (notice.type === 'field') {
            const state = await readField(document.kind, documentId, notice.key);
            if (state) send({ type: 'field', key: notice.key, state: pseudonymiseField(state, text) });
          } else if (notice.type === 'presence') {
            send({ type: 'presence', presence: await readPresence(document.kind, documentId) });
          } else {
            send({ type: 'meta', meta: await document.meta(documentId), notice: notice.notice });
          }
        });

      const unsubscribe = await liveListener.subscribe(topicOf(document.kind, documentId), onNotice, sendSnapshot);
      // Tell the browser to retry quickly after a dropped connection.
      controller.enqueue(encoder.encode('retry: 1000\n\n'));
      sendSnapshot();
      const heartbeat = setInterval(() => {
        if (!closed) controller.enqueue(encoder.encode(': keep-alive\n\n'));
      }, HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      signal.addEventListener('abort', cleanup);
    },
    cancel() {
      cleanup();
    },
  });
}
