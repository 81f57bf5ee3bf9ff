import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { MaterialUploadList } from '@/components/materials/material-upload-list';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';
import { listMaterialsForUpload } from '@/lib/materials/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('programme.upload');
  return { title: t('title') };
}

export default async function MaterialsAdminPage() {
  const user = await requireUser();
  authorize(user, 'write', { kind: 'material' });
  const lessons = await listMaterialsForUpload(user);
  if (!lessons) notFound();
  const t = await getTranslations('programme.upload');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <MaterialUploadList lessons={lessons} />
    </>
  );
}
