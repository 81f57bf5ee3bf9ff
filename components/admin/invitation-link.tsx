'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

/**
 * The one-time link, shown once right after it is made: only its hash is stored, so it cannot
 * be shown again. The admin copies it and passes it on.
 */
export function InvitationLink({ path, email, heading, headingLevel = 2 }: { path: string; email: string; heading: string; headingLevel?: 2 | 3 }) {
  const t = useTranslations('admin.accounts.link');
  const tForms = useTranslations('forms');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const url = `${window.location.origin}${path}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  // Screen-reader and keyboard users land on the new link the moment it appears.
  useEffect(() => headingRef.current?.focus(), [path]);

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard access (e.g. plain http on a school network): the link is selected instead.
      setCopied('failed');
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4">
      <Heading id={`${id}-heading`} className="text-lg font-bold text-brand-800" tabIndex={-1} ref={headingRef}>
        {heading}
      </Heading>
      <p className="mt-1">{t('passOn', { email })}</p>
      <p className="mt-1 text-sm text-gray-700">{t('once')}</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex grow flex-col gap-1">
          <label htmlFor={`${id}-url`} className="font-semibold">
            {t('label')}
          </label>
          <input
            id={`${id}-url`}
            ref={input}
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
        <Button type="button" onClick={() => void copy()}>
          {tForms('copy')}
        </Button>
      </div>
      <p role="status" className="mt-2 min-h-6 text-sm font-medium text-brand-800">
        {copied === 'yes' ? tForms('copied') : copied === 'failed' ? tForms('copyFailed') : null}
      </p>
    </section>
  );
}
