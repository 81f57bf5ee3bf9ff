'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ConversationView } from '@/lib/conversations/queries';
import { formatDate } from '@/lib/format/dates';
import { ConversationForm } from './conversation-form';

/** "Gesprekken met de leerling" of one lesson: the notes so far, and adding or changing one. */
export function Conversations({
  planId,
  conversations,
  pupils,
  team,
  currentUserId,
  defaultDate,
}: {
  planId: string;
  conversations: ConversationView[];
  pupils: { id: string; alias: string }[];
  team: { id: string; name: string; role: string }[];
  currentUserId: string;
  defaultDate: string;
}) {
  const t = useTranslations('evaluation');
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const talker = team.some((m) => m.id === currentUserId) ? currentUserId : '';

  return (
    <div className="flex flex-col gap-4">
      {conversations.length === 0 ? <p className="text-gray-700">{t('conversationsNone')}</p> : null}
      <ul className="flex flex-col gap-3">
        {conversations.map((c) => (
          <li key={c.id} className="rounded-md border border-gray-200 bg-white p-4">
            {editing === c.id ? (
              <ConversationForm
                planId={planId}
                title={t('conversationEditTitle', { alias: c.pupilAlias })}
                initial={{ planId, conversationId: c.id, version: c.version, pupilId: c.pupilId, heldOn: c.heldOn, talkedById: c.talkedById, said: c.said, agreements: c.agreements }}
                pupils={pupils.some((p) => p.id === c.pupilId) ? pupils : [...pupils, { id: c.pupilId, alias: c.pupilAlias }]}
                team={team}
                onDone={() => setEditing(null)}
              />
            ) : (
              <article aria-label={t('conversationWith', { alias: c.pupilAlias })}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h4 className="font-bold text-brand-800">{t('conversationWith', { alias: c.pupilAlias })}</h4>
                    <p className="text-sm text-gray-600">{t('conversationMeta', { date: formatDate(c.heldOn), name: c.talkedByName })}</p>
                  </div>
                  <Button type="button" variant="secondary" onClick={() => setEditing(c.id)}>
                    {t('conversationEdit')}
                    <span className="sr-only"> {t('conversationWith', { alias: c.pupilAlias })}</span>
                  </Button>
                </div>
                <dl className="mt-2 grid gap-2 text-sm">
                  <div>
                    <dt className="font-semibold">{t('conversationSaid')}</dt>
                    <dd className="whitespace-pre-line">{c.said}</dd>
                  </div>
                  <div>
                    <dt className="font-semibold">{t('conversationAgreements')}</dt>
                    <dd className="whitespace-pre-line">{c.agreements || t('conversationNoAgreements')}</dd>
                  </div>
                </dl>
              </article>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <ConversationForm
          planId={planId}
          title={t('conversationFormTitle')}
          initial={{ planId, pupilId: '', heldOn: defaultDate, talkedById: talker, said: '', agreements: '' }}
          pupils={pupils}
          team={team}
          onDone={() => setAdding(false)}
        />
      ) : (
        <div>
          <Button type="button" variant="secondary" onClick={() => setAdding(true)}>
            {t('conversationAdd')}
          </Button>
        </div>
      )}
    </div>
  );
}
