import { exportResponse } from '@/lib/export/response';

/** The research export as one XLSX workbook with a codebook sheet (coordinators only, else 404). */
export async function GET(request: Request): Promise<Response> {
  return exportResponse(request, 'xlsx');
}
