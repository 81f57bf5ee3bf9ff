'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { NETWORK_ERROR } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { issueNewLink } from '@/lib/admin/accounts/actions';
import { InvitationLink } from './invitation-link';

/** "Nieuwe link": a fresh one-time link for this account; earlier unused links stop working. */
export function NewLinkButton({ accountId }: { accountId: string }) {
  const t = useTranslations('admin.accounts');
  const [pending, startTransition] = useTransition();
  const [link, setLink] = useState<{ email: string; path: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  function makeLink() {
    setError(null);
    startTransition(async () => {
      const result = await issueNewLink({ id: accountId }).catch(() => ({ ok: false as const, formError: NETWORK_ERROR }));
      if (result.ok) setLink(result.data);
      else setError(result.formError ?? NETWORK_ERROR);
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <FormAlert error={error} />
      {link ? <InvitationLink path={link.path} email={link.email} heading={t('newLinkMade', { email: link.email })} headingLevel={3} /> : null}
      <div>
        <Button type="button" variant="secondary" disabled={pending} onClick={makeLink}>
          {pending ? t('makingLink') : link ? t('makeAnotherLink') : t('makeLink')}
        </Button>
      </div>
    </div>
  );
}
