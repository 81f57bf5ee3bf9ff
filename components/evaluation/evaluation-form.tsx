'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { PresenceBar } from '@/components/collab/presence-bar';
import { SaveStatus } from '@/components/collab/save-status';
import { useSharedDocument } from '@/components/collab/use-shared-document';
import { SharedTextArea } from '@/components/plans/shared-text-area';
import { Alert } from '@/components/ui/alert';
import { saveSharedField, updatePresence } from '@/lib/collab/actions';
import type { DocumentSnapshot } from '@/lib/collab/types';
import { answerKey } from '@/lib/evaluation/keys';
import type { EvaluationMeta } from '@/lib/evaluation/meta';
import type { CaptureView, QuestionView } from '@/lib/evaluation/queries';
import { CapturesAside, capturesFor } from './captures-aside';
import { SubmitPanel } from './submit-panel';

export interface EvaluationFormProps {
  evaluationId: string;
  questions: QuestionView[];
  snapshot: DocumentSnapshot;
  editable: boolean;
  user: { id: string; role: string };
  team: { id: string; name: string; role: 'TEACHER' | 'CARE_WORKER' }[];
  captures: CaptureView[] | null;
}

/** The evaluation draft: the source's five questions, edited live by the pair, then submitted together. */
export function EvaluationForm({ evaluationId, questions, snapshot, editable, user, team, captures }: EvaluationFormProps) {
  const t = useTranslations('evaluation');
  const router = useRouter();
  const names = useMemo(() => Object.fromEntries(team.map((m) => [m.id, m.name])), [team]);
  const [notice, setNotice] = useState<string | null>(null);
  const [missing, setMissing] = useState<Record<string, string[]>>({});
  const onNotice = useCallback(
    (raw: string) => {
      const [kind, by] = raw.split(':');
      if (kind === 'confirmationWithdrawn' && by !== user.id) setNotice(t('withdrawnNotice', { name: (by && names[by]) || t('someone') }));
    },
    [names, t, user.id],
  );
  const doc = useSharedDocument({ kind: 'EVALUATION', documentId: evaluationId, userId: user.id, initial: snapshot, save: saveSharedField, presence: editable ? updatePresence : undefined, onNotice });
  const meta = doc.meta as EvaluationMeta;

  // Submitted (here or by the partner): show the frozen answers the server now renders.
  useEffect(() => {
    if (meta.submittedAt) router.refresh();
  }, [meta.submittedAt, router]);

  const labelOf = (question: QuestionView, part: { key: string; label: string }) =>
    question.key === 'stressActions' || question.key === 'trustBehaviours' ? t(`partLabel.${question.key}`, { label: part.label }) : part.label;
  const fieldLabel = (key: string) => {
    const [questionKey] = key.split('.');
    const question = questions.find((q) => q.key === questionKey);
    return question ? t('question', { number: question.number }) : key;
  };
  const common = { doc, names, editable: editable && !meta.submittedAt };

  return (
    <div className="flex flex-col gap-6">
      <div className="no-print sticky top-0 z-10 -mx-4 flex flex-col gap-2 border-b border-brand-100 bg-[#fbfaf7]/95 px-4 py-2 backdrop-blur">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="rounded-full bg-brand-100 px-3 py-1 text-sm font-semibold text-brand-800" data-testid="evaluation-status">
            {meta.submittedAt ? t('statusSubmitted') : t('statusDraft')}
          </p>
          {common.editable ? <SaveStatus state={doc.saveState} connection={doc.connection} onRetry={doc.retry} /> : null}
        </div>
        <PresenceBar presence={doc.presence} fieldLabel={fieldLabel} subject="evaluation" />
      </div>

      {notice ? <Alert tone="warning">{notice}</Alert> : null}

      {questions.map((question) => {
        const aside = capturesFor(question.key, captures);
        const errors = missing[question.key];
        return (
          <section
            key={question.key}
            aria-labelledby={`question-${question.key}`}
            className={`rounded-lg border bg-white p-5 ${errors ? 'border-red-700' : 'border-brand-100'}`}
          >
            <div className={aside !== undefined ? 'grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_17rem]' : ''}>
              <div className="flex min-w-0 flex-col gap-3">
                <h3 id={`question-${question.key}`} className="text-lg font-bold text-brand-800">
                  {t('question', { number: question.number })}
                </h3>
                <p className="text-gray-800 wrap-anywhere">{question.text}</p>
                {errors ? (
                  <p role="alert" className="font-medium text-red-800">
                    {errors[0]}
                  </p>
                ) : null}
                {question.parts.length > 0 ? (
                  question.parts.map((part) => (
                    <SharedTextArea key={part.key} fieldKey={answerKey(question.key, part.key)} label={labelOf(question, part)} rows={2} {...common} />
                  ))
                ) : (
                  <SharedTextArea fieldKey={question.key} label={t('openAnswer', { number: question.number })} rows={4} {...common} />
                )}
              </div>
              {aside !== undefined ? <CapturesAside title={question.key === 'stressActions' ? t('capturesStress') : t('capturesObservations')} captures={aside} /> : null}
            </div>
          </section>
        );
      })}

      <SubmitPanel
        evaluationId={evaluationId}
        meta={meta}
        user={user}
        canConfirm={common.editable}
        allSaved={doc.saveState === 'saved'}
        onMissing={setMissing}
        onConfirmed={() => setNotice(null)}
      />
    </div>
  );
}
