import type { ExportClass } from '../tables/context';

/** The batch's class of a row read for that batch (a row of any other class is a bug). */
export function classOf(classes: ReadonlyMap<string, ExportClass>, classId: string): ExportClass {
  const found = classes.get(classId);
  if (!found) throw new Error(`Row of class ${classId} outside the export batch`);
  return found;
}
