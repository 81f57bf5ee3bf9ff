'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { NETWORK_ERROR } from '@/components/forms/use-server-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { Button } from '@/components/ui/button';
import { removeMembership } from '@/lib/admin/memberships/actions';

/** Takes one person off a class's team. The page re-renders without them afterwards. */
export function MembershipRemoveButton({ classId, userId, name, classLabel }: { classId: string; userId: string; name: string; classLabel: string }) {
  const t = useTranslations('admin.memberships');
  const text = useMessageText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function remove() {
    setError(null);
    startTransition(async () => {
      const result = await removeMembership({ classId, userId }).catch(() => ({ ok: false as const, formError: NETWORK_ERROR }));
      if (!result.ok) setError(result.formError ?? NETWORK_ERROR);
    });
  }

  return (
    <span className="inline-flex flex-col items-start">
      <Button type="button" variant="ghost" className="min-h-11 px-2" disabled={pending} onClick={remove} aria-label={t('removeLabel', { name, className: classLabel })}>
        {pending ? t('removing') : t('remove')}
      </Button>
      {error ? (
        <span role="alert" className="text-sm font-medium text-red-700">
          {text(error)}
        </span>
      ) : null}
    </span>
  );
}
