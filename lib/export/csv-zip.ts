/**
 * The CSV export: a zip with one RFC 4180 file per table, written while the rows are read.
 *
 * The stream is pull-based: the next batch is read from the database only when the reader
 * (the HTTP response) wants more bytes, so a slow download never piles rows up in memory.
 * fflate compresses synchronously as each batch is pushed and hands the bytes straight on.
 */
import { Zip, ZipDeflate } from 'fflate';
import { UTF8_BOM, csvRecord } from './csv';
import type { ExportSheet } from './sheets';

/** Bytes queued ahead of the reader before the next batch waits. */
const HIGH_WATER_MARK = 1024 * 1024;

export function csvZipStream(sheets: readonly ExportSheet[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let zip: Zip;
  let producer: AsyncGenerator<void, void, undefined>;
  let chunks = 0;

  async function* produce(): AsyncGenerator<void, void, undefined> {
    for (const sheet of sheets) {
      // Level 1: compressing runs on the request's thread here, and the fastest level takes a
      // third of the default's time for a file only about a quarter larger.
      const file = new ZipDeflate(`${sheet.name}.csv`, { level: 1 });
      zip.add(file);
      file.push(encoder.encode(UTF8_BOM + csvRecord(sheet.header)));
      yield;
      for await (const batch of sheet.batches()) {
        if (batch.length === 0) continue;
        file.push(encoder.encode(batch.map(csvRecord).join('')));
        yield;
      }
      file.push(new Uint8Array(0), true);
    }
    zip.end();
  }

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        zip = new Zip((error, chunk, final) => {
          if (error) return controller.error(error);
          if (chunk.length > 0) {
            controller.enqueue(chunk);
            chunks++;
          }
          if (final) controller.close();
        });
        producer = produce();
      },
      // A pull must enqueue something (or end): the stream does not ask again on its own, and
      // the compressor may hold a small batch back.
      async pull() {
        const before = chunks;
        while (chunks === before) {
          if ((await producer.next()).done) return;
        }
      },
      async cancel() {
        // The download was stopped: stop reading the database too.
        await producer.return();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: HIGH_WATER_MARK }),
  );
}
