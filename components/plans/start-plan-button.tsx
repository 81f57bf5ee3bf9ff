'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { startPlan } from '@/lib/plans/actions';

export function StartPlanButton({ classId, lessonNumber, label, pendingLabel, srLabel }: { classId: string; lessonNumber: number; label: string; pendingLabel: string; srLabel: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await startPlan({ classId, lessonNumber });
            if (result.ok) router.push(`/klassen/${classId}/les/${lessonNumber}`);
            else setError(result.formError ?? null);
          })
        }
      >
        {pending ? pendingLabel : label}
        <span className="sr-only"> {srLabel}</span>
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
