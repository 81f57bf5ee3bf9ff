'use server';

import { createHash } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { actionUser, notAllowed } from '../actions/session-user';
import { validate } from '../actions/validate';
import { audit } from '../audit/log';
import { can } from '../auth/policy';
import { db } from '../db';
import { fail, ok, type ActionResult } from '../result';
import { storedFileName } from './file-name';
import { sniffFileType } from './file-type';
import { MAX_MATERIAL_BYTES } from './limits';
import { uploadMessages as t } from './messages';
import { uploadMaterialSchema } from './schema';

export interface UploadedMaterial {
  lessonNumber: number;
  materialNumber: number;
  fileName: string;
  size: number;
}

/**
 * Stores (or replaces) the file of one material. Admin only. The type is decided by the
 * content, never by the name or declared type; the stored name gets the matching extension.
 */
export async function uploadMaterial(formData: FormData): Promise<ActionResult<UploadedMaterial>> {
  const current = await actionUser();
  if (!current.ok) return current.result;
  const { user } = current;
  if (!can(user, 'write', { kind: 'material' })) return notAllowed();

  const input = validate(uploadMaterialSchema, {
    lessonNumber: formData.get('lessonNumber'),
    materialNumber: formData.get('materialNumber'),
    file: formData.get('file'),
  });
  if (!input.ok) return input.result;
  const { lessonNumber, materialNumber, file } = input.data;

  if (file.size > MAX_MATERIAL_BYTES) return fail(t('errors.tooLarge'), { file: [t('errors.tooLarge')] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffFileType(bytes);
  if (!type) return fail(t('errors.wrongType'), { file: [t('errors.wrongType')] });

  const fileName = storedFileName(file.name, type, `les-${lessonNumber}-bijlage-${materialNumber}`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const data = { fileName, contentType: type.contentType, size: bytes.byteLength, sha256, bytes, uploadedById: user.id, uploadedAt: new Date() };

  // Writing up to 20 MB can take seconds on a busy server: the 5-second default would abort it.
  await db.$transaction(
    async (tx) => {
      const stored = await tx.materialFile.upsert({
        where: { lessonNumber_materialNumber: { lessonNumber, materialNumber } },
        create: { lessonNumber, materialNumber, ...data },
        update: data,
        select: { id: true },
      });
      await audit(
        { userId: user.id, action: 'material.upload', entity: 'MaterialFile', entityId: stored.id, detail: { lessonNumber, materialNumber, fileName, contentType: type.contentType, size: data.size, sha256 } },
        tx,
      );
    },
    { timeout: 60_000 },
  );

  revalidatePath('/beheer/materialen');
  revalidatePath(`/lessenreeks/${lessonNumber}`);
  return ok({ lessonNumber, materialNumber, fileName, size: data.size });
}
