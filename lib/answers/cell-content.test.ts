import { describe, expect, it } from 'vitest';
import { answerParts, orderAmendments, type AmendmentItem } from './cell-content';

describe('answerParts', () => {
  const abc = { key: 'stressActions', parts: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }, { key: 'c', label: 'C' }] };

  it('lists every part in the form order with its label, an empty part as null', () => {
    expect(answerParts(abc, [{ partKey: 'c', text: 'Derde' }, { partKey: 'a', text: 'Eerste' }, { partKey: 'b', text: '  ' }])).toEqual([
      { key: 'a', label: 'A', text: 'Eerste' },
      { key: 'b', label: 'B', text: null },
      { key: 'c', label: 'C', text: 'Derde' },
    ]);
  });

  it('gives an open question one unlabelled text', () => {
    expect(answerParts({ key: 'pupilExample', parts: [] }, [{ partKey: '', text: 'Een voorbeeld' }])).toEqual([{ key: '', label: null, text: 'Een voorbeeld' }]);
    expect(answerParts({ key: 'pupilExample', parts: [] }, [])).toEqual([{ key: '', label: null, text: null }]);
  });
});

describe('orderAmendments', () => {
  it('puts the oldest first', () => {
    const item = (id: string, createdAt: string): AmendmentItem => ({ id, createdAt, authorRole: 'TEACHER', general: false, text: id });
    expect(orderAmendments([item('b', '2026-11-02T10:00:00.000Z'), item('a', '2026-11-01T10:00:00.000Z')]).map((a) => a.id)).toEqual(['a', 'b']);
  });
});
