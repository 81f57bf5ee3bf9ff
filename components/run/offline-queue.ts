/**
 * Captures waiting to be sent, kept in the browser's IndexedDB so a Wi-Fi drop, a closed tab or a
 * reload loses none of them. Each has the id the browser gave it (crypto.randomUUID()), so sending
 * one twice stores it once. Removed as soon as the server has it.
 */
import type { CaptureKind } from '@/lib/run/schema';

export interface QueuedCapture {
  id: string;
  planId: string;
  pupilId: string;
  kind: CaptureKind;
  text: string | null;
  activityNumber: number | null;
  capturedAt: string;
  /** The server's refusal (e.g. the evaluation was submitted meanwhile): kept until the user discards it. */
  refusal?: string | null;
}

const DATABASE = 'bouwen-aan-vertrouwen';
const STORE = 'pendingCaptures';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DATABASE, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('planId', 'planId');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

async function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await database()).transaction(STORE, mode).objectStore(STORE);
}

/** Keeps a capture until it is sent; resolves once it is on disk. */
export async function putQueued(capture: QueuedCapture): Promise<void> {
  const objects = await store('readwrite');
  await request(objects.put(capture));
}

export async function listQueued(planId: string): Promise<QueuedCapture[]> {
  const objects = await store('readonly');
  const all = await request(objects.index('planId').getAll(planId) as IDBRequest<QueuedCapture[]>);
  return all.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
}

export async function removeQueued(id: string): Promise<void> {
  const objects = await store('readwrite');
  await request(objects.delete(id));
}
