import { describe, expect, it } from 'vitest';
import { certificateContent, DEFAULT_MESSAGE, DEFAULT_TALENTS_LINE, pdfFileName } from './content';

const empty = { alias: 'Evi', talents: [], goal: null, feedback: null, growth: null, celebration: null };

describe('certificateContent', () => {
  it('builds the certificate from what was collected, top-3 talents first', () => {
    const content = certificateContent({
      alias: 'Sem',
      talents: ['Maakt anderen aan het lachen', 'Snel met hoofdrekenen', 'Helpt mee met opruimen', 'Vierde talent'],
      goal: 'Rustig wachten tot ik een beurt krijg',
      feedback: { pupil: 'Ik roep minder', mentor: 'Hij wacht nu vaker', buddy: '  ', classmates: 'Sem is rustiger', teacher: 42 },
      growth: 'Sem steekt nu zijn vinger op.',
      celebration: { selfRatingNow: 8, selfRatingStart: 4, proudest: 'Dat ik wacht', keepGoing: 'Milan blijft seintjes geven' },
    });
    expect(content.hasCollectedData).toBe(true);
    expect(content.blocks).toEqual([
      { title: 'Jouw talenten', lines: ['Maakt anderen aan het lachen', 'Snel met hoofdrekenen', 'Helpt mee met opruimen'] },
      { title: 'Jouw leerdoel', lines: ['Rustig wachten tot ik een beurt krijg'] },
      { title: 'Dit zeggen anderen over jou', lines: ['Je mentor thuis: Hij wacht nu vaker', 'Je klasgenoten: Sem is rustiger'] },
      { title: 'Zo ben je gegroeid', lines: ['Sem steekt nu zijn vinger op.'] },
      { title: 'Jouw schaalvraag', lines: ['Bij de start gaf je jezelf een 4. Nu geef je jezelf een 8.'] },
      { title: 'Hier ben je het meest trots op', lines: ['Dat ik wacht'] },
      { title: 'Zo ga je verder', lines: ['Milan blijft seintjes geven'] },
    ]);
  });

  it('gives a pupil without collected data a friendly default, never an empty certificate', () => {
    const content = certificateContent(empty);
    expect(content.hasCollectedData).toBe(false);
    expect(content.blocks).toEqual([
      { title: 'Jouw talenten', lines: [DEFAULT_TALENTS_LINE] },
      { title: 'Voor jou', lines: [DEFAULT_MESSAGE] },
    ]);
  });

  it('reads malformed feedback and blank texts as not collected', () => {
    const content = certificateContent({ ...empty, talents: ['  '], goal: ' ', feedback: ['mentor'], growth: '', celebration: { selfRatingNow: null, selfRatingStart: null, proudest: ' ', keepGoing: null } });
    expect(content.hasCollectedData).toBe(false);
  });

  it('words a single rating on its own', () => {
    const content = certificateContent({ ...empty, celebration: { selfRatingNow: 7, selfRatingStart: null, proudest: null, keepGoing: null } });
    expect(content.blocks).toContainEqual({ title: 'Jouw schaalvraag', lines: ['Nu geef je jezelf een 7.'] });
  });
});

describe('pdfFileName', () => {
  it('makes a plain ASCII file name', () => {
    expect(pdfFileName('certificaat', 'Zoë')).toBe('certificaat-zoe.pdf');
    expect(pdfFileName('certificaten', 'Klas 2B')).toBe('certificaten-klas-2b.pdf');
    expect(pdfFileName('', '')).toBe('certificaat.pdf');
  });
});
