import { describe, expect, it } from 'vitest';
import { isAcronym, markGlossaryTerms } from './glossary-terms';

const GLOSSARY = [
  { term: 'SEND', expansion: 'Special educational needs and disabilities' },
  { term: 'SENDIASS', expansion: 'SEND information, advice and support service' },
  { term: 'EHCP', expansion: 'Education, health and care plan' },
  { term: 'PfA', expansion: 'Preparing for adulthood' },
  { term: 'ND', expansion: 'Neurodivergent' },
  { term: 'SENCO', expansion: 'Special educational needs co-ordinator' },
  { term: 'Local Offer', expansion: 'The council’s guide to SEND services' },
];

describe('marking glossary terms in text', () => {
  it('marks every whole-word use of an acronym, with its meaning', () => {
    expect(markGlossaryTerms('Every EHCP is reviewed. EHCP reviews are on time.', GLOSSARY)).toEqual([
      'Every ',
      { text: 'EHCP', expansion: 'Education, health and care plan' },
      ' is reviewed. ',
      { text: 'EHCP', expansion: 'Education, health and care plan' },
      ' reviews are on time.',
    ]);
  });

  it('matches acronyms only with their capitals, and never inside another word', () => {
    expect(markGlossaryTerms('We send the plan and find ND support. BRAND new. PFA', GLOSSARY)).toEqual([
      'We send the plan and find ',
      { text: 'ND', expansion: 'Neurodivergent' },
      ' support. BRAND new. PFA',
    ]);
    expect(markGlossaryTerms('PfA starts in Year 9', GLOSSARY)[0]).toEqual({
      text: 'PfA',
      expansion: 'Preparing for adulthood',
    });
  });

  it('prefers the longer term at the same place, and takes plurals and possessives of acronyms', () => {
    expect(markGlossaryTerms('SENDIASS helps. SENCOs and the EHCP’s author.', GLOSSARY)).toEqual([
      { text: 'SENDIASS', expansion: 'SEND information, advice and support service' },
      ' helps. ',
      { text: 'SENCOs', expansion: 'Special educational needs co-ordinator' },
      ' and the ',
      { text: 'EHCP', expansion: 'Education, health and care plan' },
      '’s author.',
    ]);
  });

  it('matches a term of ordinary words whatever its case, across a line break', () => {
    expect(markGlossaryTerms('Read the local\noffer (SEND).', GLOSSARY)).toEqual([
      'Read the ',
      { text: 'local\noffer', expansion: 'The council’s guide to SEND services' },
      ' (',
      { text: 'SEND', expansion: 'Special educational needs and disabilities' },
      ').',
    ]);
  });

  it('leaves text alone when nothing matches, and treats a term’s punctuation literally', () => {
    expect(markGlossaryTerms('Nothing here.', GLOSSARY)).toEqual(['Nothing here.']);
    expect(markGlossaryTerms('', GLOSSARY)).toEqual([]);
    expect(markGlossaryTerms('A+B and AxB', [{ term: 'A+B', expansion: 'plus' }])).toEqual([
      { text: 'A+B', expansion: 'plus' },
      ' and AxB',
    ]);
  });

  it('calls a term an acronym when it is one word with two capitals or more', () => {
    expect(['EHCP', 'PfA', 'ND', 'CAMHS'].map(isAcronym)).toEqual([true, true, true, true]);
    expect(['Local Offer', 'Annual', 'iPad'].map(isAcronym)).toEqual([false, false, false]);
  });
});
