import { describe, expect, it } from 'vitest';
import { programme } from './index';
import { textBlocks } from './text-blocks';

describe('textBlocks', () => {
  it('splits paragraphs on blank lines', () => {
    expect(textBlocks('Eerste alinea.\n\nTweede alinea.')).toEqual([
      { kind: 'paragraph', text: 'Eerste alinea.' },
      { kind: 'paragraph', text: 'Tweede alinea.' },
    ]);
  });

  it('turns consecutive "- " lines into one list', () => {
    expect(textBlocks('Keuze in materialen:\n\n- Genogram\n- Cirkel van eigen gezin.\n\nDaarna verder.')).toEqual([
      { kind: 'paragraph', text: 'Keuze in materialen:' },
      { kind: 'list', items: ['Genogram', 'Cirkel van eigen gezin.'] },
      { kind: 'paragraph', text: 'Daarna verder.' },
    ]);
  });

  it('ends a list at the next plain line even without a blank line', () => {
    expect(textBlocks('- een\n- twee\nTekst')).toEqual([
      { kind: 'list', items: ['een', 'twee'] },
      { kind: 'paragraph', text: 'Tekst' },
    ]);
  });

  it('keeps a hyphen inside a sentence as text', () => {
    expect(textBlocks('Leerkracht- en hulpverlener-duo')).toEqual([{ kind: 'paragraph', text: 'Leerkracht- en hulpverlener-duo' }]);
  });

  it('returns nothing for empty text', () => {
    expect(textBlocks('')).toEqual([]);
    expect(textBlocks('\n\n')).toEqual([]);
  });

  it('loses no words of any activity guidance in the programme', () => {
    const words = (text: string) => text.replace(/^\s*-\s+/gm, '').split(/\s+/).filter(Boolean);
    for (const lesson of programme.lessons) {
      for (const activity of lesson.activities) {
        const rendered = textBlocks(activity.guidance).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items)).join(' ');
        expect(words(rendered)).toEqual(words(activity.guidance));
      }
    }
  });
});
