import type { Cell } from './columns';
import type { ExportSheet } from './sheets';

/** Test helpers for the writers (no database): sheets from plain arrays, and a stream read whole. */
export function fakeSheet(name: string, sheet: string, header: string[], batches: Cell[][][], onBatch?: (index: number) => void): ExportSheet {
  return {
    name,
    sheet,
    header,
    async *batches() {
      for (const [index, batch] of batches.entries()) {
        onBatch?.(index);
        yield batch;
      }
    },
  };
}

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
