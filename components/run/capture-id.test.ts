import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { newCaptureId } from './capture-id';

afterEach(() => vi.unstubAllGlobals());

describe('newCaptureId', () => {
  it('gives a version-4 UUID the capture action accepts', () => {
    expect(z.uuid().safeParse(newCaptureId()).success).toBe(true);
  });

  it('still gives one where crypto.randomUUID is missing (plain http)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => real.getRandomValues(bytes) });
    const ids = new Set(Array.from({ length: 50 }, () => newCaptureId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(z.uuid({ version: 'v4' }).safeParse(id).success).toBe(true);
  });
});
