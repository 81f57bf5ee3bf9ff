'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentKind, DocumentSnapshot, FieldState, FieldValue, LiveEvent, PresenceEntry, SaveFieldResult } from '@/lib/collab/types';

export interface Conflict {
  value: FieldValue;
  version: number;
  /** Who saved the partner's value (user id), to show their name. */
  updatedBy: string | null;
}

export interface LocalField {
  value: FieldValue;
  /** The server version this value is based on. */
  version: number;
  /** Changed here and not yet saved. */
  dirty: boolean;
  saving: boolean;
  error: string | null;
  /** The partner saved first: their value, shown beside ours until the user chooses. */
  conflict: Conflict | null;
}

type SaveAction = (input: { kind: DocumentKind; documentId: string; key: string; value: FieldValue; baseVersion: number }) => Promise<SaveFieldResult>;
type PresenceAction = (input: { kind: DocumentKind; documentId: string; field: string | null; leaving?: boolean }) => Promise<unknown>;

export type SaveState = 'saved' | 'saving' | 'error' | 'conflict';
export type Connection = 'connecting' | 'live' | 'reconnecting';

const TEXT_DEBOUNCE_MS = 600;
const PRESENCE_HEARTBEAT_MS = 20_000;

function fromServer(state: FieldState): LocalField {
  return { value: state.value, version: state.version, dirty: false, saving: false, error: null, conflict: null };
}

/**
 * Live editing of one shared document. Every field saves itself (text after a short pause),
 * carrying the version it was based on; the partner's saves arrive over server-sent events.
 * A field that is being edited here is never overwritten by an incoming change: the partner's
 * value is shown beside it as a conflict for the user to merge.
 */
export function useSharedDocument(options: {
  kind: DocumentKind;
  documentId: string;
  userId: string;
  initial: DocumentSnapshot;
  save: SaveAction;
  /** How this user announces where they are; left out for readers, who announce nothing. */
  presence?: PresenceAction;
  onNotice?: (notice: string) => void;
}) {
  const { kind, documentId, userId, initial, save, presence: sendPresence, onNotice } = options;
  const [fields, setFields] = useState<Record<string, LocalField>>(() =>
    Object.fromEntries(Object.entries(initial.fields).map(([key, state]) => [key, fromServer(state)])),
  );
  const [presence, setPresence] = useState<PresenceEntry[]>(initial.presence);
  const [meta, setMeta] = useState<Record<string, unknown>>(initial.meta);
  const [connection, setConnection] = useState<Connection>('connecting');
  const fieldsRef = useRef(fields);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Map<string, FieldValue>());
  const focusedField = useRef<string | null>(null);
  const flushRef = useRef<(key: string) => Promise<void>>(async () => {});
  const onNoticeRef = useRef(onNotice);
  useEffect(() => {
    onNoticeRef.current = onNotice;
  }, [onNotice]);

  const update = useCallback((key: string, change: (current: LocalField | undefined) => LocalField) => {
    const next = { ...fieldsRef.current, [key]: change(fieldsRef.current[key]) };
    fieldsRef.current = next;
    setFields(next);
  }, []);

  /** An incoming server state for a field: apply it unless local work would be lost. */
  const receive = useCallback(
    (key: string, state: FieldState) => {
      const local = fieldsRef.current[key];
      const sent = inFlight.current.get(key);
      if (local && state.version <= local.version) return;
      // Our own save echoing back before its response: just take the new version.
      if (state.updatedBy === userId && sent !== undefined && Object.is(sent, state.value)) {
        update(key, (current) => ({ ...(current ?? fromServer(state)), version: Math.max(current?.version ?? 0, state.version) }));
        return;
      }
      if (!local || (!local.dirty && !local.saving && !local.conflict)) {
        update(key, () => fromServer(state));
        return;
      }
      if (Object.is(local.value, state.value)) {
        update(key, (current) => ({ ...(current as LocalField), version: state.version, dirty: false, conflict: null }));
        return;
      }
      update(key, (current) => ({ ...(current as LocalField), conflict: { value: state.value, version: state.version, updatedBy: state.updatedBy } }));
    },
    [update, userId],
  );

  const flush = useCallback(
    async (key: string) => {
      timers.current.delete(key);
      const local = fieldsRef.current[key];
      if (!local || !local.dirty || local.conflict || inFlight.current.has(key)) return;
      const value = local.value;
      inFlight.current.set(key, value);
      update(key, (current) => ({ ...(current as LocalField), saving: true, error: null }));
      let result: SaveFieldResult;
      try {
        result = await save({ kind, documentId, key, value, baseVersion: local.version });
      } catch {
        result = { ok: false, formError: 'network' };
      }
      inFlight.current.delete(key);
      if (result.ok) {
        const { version } = result.data;
        update(key, (current) => {
          const base = current as LocalField;
          const changedMeanwhile = !Object.is(base.value, value);
          return { ...base, version: Math.max(base.version, version), saving: false, dirty: changedMeanwhile, error: null };
        });
        // Typed on while this save was out: save again (through the ref: flush calls itself).
        if (!Object.is(fieldsRef.current[key]?.value, value)) void flushRef.current(key);
      } else if (result.conflict) {
        const conflict = result.conflict;
        update(key, (current) => ({
          ...(current as LocalField),
          saving: false,
          conflict: { value: conflict.value, version: conflict.version, updatedBy: conflict.updatedBy },
        }));
      } else {
        const message = result.fieldErrors?.[key]?.[0] ?? result.formError ?? 'network';
        update(key, (current) => ({ ...(current as LocalField), saving: false, error: message }));
      }
    },
    [documentId, kind, save, update],
  );
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** Changes a field here; text saves after a pause, choices at once. */
  const set = useCallback(
    (key: string, value: FieldValue, { immediate = typeof value !== 'string' }: { immediate?: boolean } = {}) => {
      update(key, (current) => ({ ...(current ?? { version: 0, saving: false, conflict: null }), value, dirty: true, error: null }) as LocalField);
      const existing = timers.current.get(key);
      if (existing) clearTimeout(existing);
      if (immediate) void flush(key);
      else timers.current.set(key, setTimeout(() => void flush(key), TEXT_DEBOUNCE_MS));
    },
    [flush, update],
  );

  /** Conflict: keep what is in the field now (possibly merged by hand), over the partner's version. */
  const keepMine = useCallback(
    (key: string) => {
      update(key, (current) => {
        const base = current as LocalField;
        return { ...base, version: base.conflict?.version ?? base.version, conflict: null, dirty: true };
      });
      void flush(key);
    },
    [flush, update],
  );

  /** Conflict: take the partner's value and drop ours. */
  const takeTheirs = useCallback(
    (key: string) => {
      update(key, (current) => {
        const base = current as LocalField;
        return base.conflict ? { ...base, value: base.conflict.value, version: base.conflict.version, conflict: null, dirty: false, error: null } : base;
      });
    },
    [update],
  );

  const retry = useCallback(() => {
    for (const [key, field] of Object.entries(fieldsRef.current)) if (field.error) void flush(key);
  }, [flush]);

  const focus = useCallback(
    (key: string | null) => {
      focusedField.current = key;
      if (sendPresence) void sendPresence({ kind, documentId, field: key }).catch(() => {});
    },
    [documentId, kind, sendPresence],
  );

  // Live updates: a snapshot on every (re)connect, then single changes.
  useEffect(() => {
    const source = new EventSource(`/api/live/${kind}/${documentId}`);
    const handle = (raw: MessageEvent<string>) => {
      const event = JSON.parse(raw.data) as LiveEvent;
      if (event.type === 'snapshot') {
        for (const [key, state] of Object.entries(event.snapshot.fields)) receive(key, state);
        setPresence(event.snapshot.presence);
        setMeta(event.snapshot.meta);
      } else if (event.type === 'field') {
        receive(event.key, event.state);
      } else if (event.type === 'presence') {
        setPresence(event.presence);
      } else {
        setMeta(event.meta);
        if (event.notice) onNoticeRef.current?.(event.notice);
      }
    };
    for (const type of ['snapshot', 'field', 'presence', 'meta']) source.addEventListener(type, handle as EventListener);
    source.onopen = () => setConnection('live');
    source.onerror = () => setConnection('reconnecting');
    return () => source.close();
  }, [documentId, kind, receive]);

  // Presence: announce, keep alive, and leave.
  useEffect(() => {
    if (!sendPresence) return;
    void sendPresence({ kind, documentId, field: null }).catch(() => {});
    const heartbeat = setInterval(() => void sendPresence({ kind, documentId, field: focusedField.current }).catch(() => {}), PRESENCE_HEARTBEAT_MS);
    return () => {
      clearInterval(heartbeat);
      void sendPresence({ kind, documentId, field: null, leaving: true }).catch(() => {});
    };
  }, [documentId, kind, sendPresence]);

  // Never lose typing to a closed tab: save pending fields and warn while saves are open.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      const pending = Object.values(fieldsRef.current).some((f) => f.dirty || f.saving);
      if (pending) {
        for (const key of timers.current.keys()) void flush(key);
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [flush]);

  const saveState: SaveState = useMemo(() => {
    const all = Object.values(fields);
    if (all.some((f) => f.conflict)) return 'conflict';
    if (all.some((f) => f.error)) return 'error';
    if (all.some((f) => f.saving || f.dirty)) return 'saving';
    return 'saved';
  }, [fields]);

  const others = useMemo(() => presence.filter((p) => p.userId !== userId), [presence, userId]);

  return { fields, set, keepMine, takeTheirs, retry, focus, presence: others, meta, connection, saveState };
}

export type SharedDocument = ReturnType<typeof useSharedDocument>;
