import { exportResponse } from '@/lib/export/response';

/** The research export as a zip of CSV files with a codebook (coordinators only, else 404). */
export async function GET(request: Request): Promise<Response> {
  return exportResponse(request, 'csv');
}
