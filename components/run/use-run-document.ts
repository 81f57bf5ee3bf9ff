'use client';

import { useMemo } from 'react';
import { useSharedDocument } from '@/components/collab/use-shared-document';
import { saveSharedField, updatePresence } from '@/lib/collab/actions';
import type { DocumentSnapshot } from '@/lib/collab/types';
import type { RunMeta } from '@/lib/run/meta';
import { runStateFromValues } from '@/lib/run/state';

/** The RUN document, live over the shared-document stream, read as a run state. */
export function useRunDocument(planId: string, userId: string, snapshot: DocumentSnapshot, announcePresence: boolean) {
  const doc = useSharedDocument({ kind: 'RUN', documentId: planId, userId, initial: snapshot, save: saveSharedField, presence: announcePresence ? updatePresence : undefined });
  const state = useMemo(() => runStateFromValues(Object.fromEntries(Object.entries(doc.fields).map(([key, field]) => [key, field.value]))), [doc.fields]);
  return { state, meta: doc.meta as RunMeta, connection: doc.connection, presence: doc.presence };
}
