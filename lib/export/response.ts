import 'server-only';
import { audit } from '../audit/log';
import { getCurrentUser } from '../auth/current-user';
import { attachmentDisposition } from '../http/content-disposition';
import { clientIp } from '../http/client-ip';
import { overviewFilterSchema } from '../overview/schema';
import { amsterdamToday } from './cell-format';
import { csvZipStream } from './csv-zip';
import { datasets } from './datasets';
import { exportScope } from './scope';
import { codebookSheet, type ExportSheet } from './sheets';
import { xlsxStream } from './xlsx';

export type ExportFormat = 'csv' | 'xlsx';

const contentTypes: Record<ExportFormat, string> = {
  csv: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const extensions: Record<ExportFormat, string> = { csv: 'zip', xlsx: 'xlsx' };

export function exportFileName(format: ExportFormat, now = new Date()): string {
  return `bouwen-aan-vertrouwen-export-${amsterdamToday(now)}.${extensions[format]}`;
}

// Not signed in, not a coordinator: the same 404 as a page that is not there.
const notFound = () => new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });

/** A failure halfway through a download can only break the stream: say why in the server log. */
function logged(sheet: ExportSheet, format: ExportFormat): ExportSheet {
  return {
    ...sheet,
    async *batches() {
      try {
        yield* sheet.batches();
      } catch (error) {
        console.error(`[export.${format}] table ${sheet.name} failed`, error);
        throw error;
      }
    },
  };
}

/**
 * The research export for the signed-in coordinator: every table of the classes in their scope
 * (filtered like the overview: school, SO/VSO, school year), pseudonymised, with its codebook,
 * streamed as it is read. The audit log gets the filters, the classes and the row count of every
 * table before the first byte is sent.
 */
export async function exportResponse(request: Request, format: ExportFormat): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const filter = overviewFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const scope = await exportScope(user, filter);
  if (!scope) return notFound();

  const counts = await Promise.all(datasets.map(async (d) => [d.table.name, await d.count(scope)] as const));
  await audit({
    userId: user.id,
    action: `export.${format}`,
    entity: 'Export',
    ip: clientIp(request.headers),
    detail: {
      filters: { school: filter.school ?? null, kind: filter.kind ?? null, year: filter.year ?? null },
      classCount: scope.classes.length,
      classIds: scope.classes.map((c) => c.id),
      rows: Object.fromEntries(counts),
    },
  });

  const sheets = [...datasets.map((d) => d.sheet(scope)), codebookSheet(datasets.map((d) => d.table))].map((s) => logged(s, format));
  return new Response(format === 'csv' ? csvZipStream(sheets) : xlsxStream(sheets), {
    headers: {
      'Content-Type': contentTypes[format],
      'Content-Disposition': attachmentDisposition(exportFileName(format)),
      // Research data about children: no cache anywhere may keep a copy.
      'Cache-Control': 'private, no-store',
    },
  });
}
