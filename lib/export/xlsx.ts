/**
 * The XLSX export: one sheet per table plus the codebook, written with exceljs's streaming
 * WorkbookWriter while the rows are read, so the workbook is never held in memory whole.
 *
 * Strings are written inline (no shared-strings table, which would keep every text until the
 * end). Backpressure: exceljs hands a sheet's XML to its zip stream without waiting (it ignores
 * `write()` returning false), so after each batch we wait until that stream has taken in what
 * it was given; when the reader of the response falls behind, the zip stream stops taking in,
 * and so the next batch is read from the database only when there is room for it.
 */
import { EventEmitter, once } from 'node:events';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportSheet } from './sheets';

const HIGH_WATER_MARK = 1024 * 1024;

const plainStyle: Partial<ExcelJS.Style> = {};

export function xlsxStream(sheets: readonly ExportSheet[]): ReadableStream<Uint8Array> {
  const output = new PassThrough({ highWaterMark: HIGH_WATER_MARK });
  const stopped = new AbortController();

  async function write(): Promise<void> {
    // No styles (exceljs then skips its per-cell style bookkeeping, almost half the time) and level 1
    // compression, as for the CSV zip: a little larger, much quicker at research scale.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false, zip: { zlib: { level: 1 } } });
    workbook.creator = 'Bouwen aan vertrouwen';
    for (const sheet of sheets) {
      // A frozen header row: the column names stay in view while scrolling.
      const worksheet = workbook.addWorksheet(sheet.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
      const header = worksheet.addRow(sheet.header);
      header.commit();
      for await (const batch of sheet.batches()) {
        for (const cells of batch) {
          const row = worksheet.addRow(cells);
          // One shared (empty) style for every data cell: exceljs then finds its style id in a
          // cache instead of working it out cell by cell, which halves the time per row.
          row.eachCell({ includeEmpty: true }, (cell) => {
            cell.style = plainStyle;
          });
          row.commit();
        }
        await roomFor(worksheet, output, stopped.signal);
        if (stopped.signal.aborted) return;
      }
      worksheet.commit();
    }
    await workbook.commit();
  }

  write().catch((error: unknown) => {
    if (!stopped.signal.aborted) output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return webStream(output, () => stopped.abort());
}

/** What exceljs pipes a worksheet into: a stream of archiver's own `readable-stream` copy. */
interface Inlet extends EventEmitter {
  _writableState?: { length?: number; needDrain?: boolean };
}

/**
 * Waits while the zip stream that takes in the worksheet's XML holds more than it can take (the
 * sheet's buffer is piped there once the zip reaches the sheet), and while `output` is full.
 * The inlet is exceljs's internal: should a later exceljs hide it, `output` still holds back a
 * slow reader, only later.
 */
async function roomFor(worksheet: ExcelJS.Worksheet, output: Writable, signal: AbortSignal): Promise<void> {
  const pipes = (worksheet as unknown as { stream?: { pipes?: unknown } }).stream?.pipes;
  const inlet = Array.isArray(pipes) ? (pipes as unknown[]).find((p): p is Inlet => p instanceof EventEmitter) : undefined;
  if (inlet?._writableState?.needDrain) await once(inlet, 'drain', { signal });
  if (output.writableNeedDrain) await once(output, 'drain', { signal });
}

/** A Node stream as a Web stream that reads only on demand, and stops the writer on cancel. */
function webStream(readable: Readable, onCancel: () => void): ReadableStream<Uint8Array> {
  const chunks = readable[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      },
      async cancel() {
        onCancel();
        await chunks.return?.();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: HIGH_WATER_MARK }),
  );
}
