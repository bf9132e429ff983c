import { describe, expect, it } from 'vitest';
import { diagnose, type DiagnosisInput } from '../diagnosis';
import { diagnosisExample } from '../diagnosis-example';
import { type CandidateTarget, candidacies, candidaciesFor, candidateTargets, type Holdings } from './candidates';

const inputs: Array<[string, DiagnosisInput]> = [
  ['the worked example', diagnosisExample],
  ['many conversions (possible 高企)', { ...diagnosisExample, years: [{ ...diagnosisExample.years[0]!, conversions: 5 }] }],
  ['three years, unsorted', { ...diagnosisExample, years: [2024, 2022, 2023].map((year) => ({ ...diagnosisExample.years[0]!, year })) }],
  ['too few tech staff', { ...diagnosisExample, techStaff: 4 }],
  ['too big for 科小', { ...diagnosisExample, employees: 501, techStaff: 100 }],
  ['a valid 高企 certificate (直通车)', { ...diagnosisExample, techStaff: 1, direct: { ...diagnosisExample.direct, validHnte: true } }],
];
const holdings: Holdings[] = [
  { validHnte: false, techSmeThisYear: false }, { validHnte: true, techSmeThisYear: false },
  { validHnte: false, techSmeThisYear: true }, { validHnte: true, techSmeThisYear: true },
];
const targetSets: CandidateTarget[][] = [[...candidateTargets], ['hnte'], ['tech_sme'], []];

describe('candidaciesFor', () => {
  it.each(inputs)('is candidacies(diagnose(input)) limited to the targets: %s', (_, input) => {
    for (const holds of holdings) {
      for (const targets of targetSets) {
        const expected = candidacies(diagnose(input), holds).filter((c) => targets.includes(c.target));
        expect(candidaciesFor(input, holds, targets), JSON.stringify({ holds, targets })).toEqual(expected);
      }
    }
  });

  it('is checked on inputs that are candidates for each target', () => {
    const found = inputs.flatMap(([, input]) => candidaciesFor(input, holdings[0]!, candidateTargets).map((c) => c.target));
    expect(new Set(found)).toEqual(new Set(candidateTargets));
  });
});
