// National codes checked the same way for every organisation, naming the field at fault.
import { isValidIndustryCode, isValidRegionCode, validateCreditCode } from '../../domain/codes/index.ts';
import { invalidInput, type FieldProblem } from '../../domain/shared/errors.ts';

export interface Codes {
  creditCode?: string;
  industryCode?: string;
  regionCode?: string | null;
}

export function codeProblems(codes: Codes): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (codes.creditCode !== undefined) {
    const check = validateCreditCode(codes.creditCode);
    if (!check.ok) problems.push({ field: 'creditCode', message: check.message });
  }
  if (codes.industryCode !== undefined && !isValidIndustryCode(codes.industryCode)) {
    problems.push({ field: 'industryCode', message: `Unknown GB/T 4754 industry code ${codes.industryCode}` });
  }
  if (codes.regionCode && !isValidRegionCode(codes.regionCode)) {
    problems.push({ field: 'regionCode', message: `Unknown GB/T 2260 region code ${codes.regionCode}` });
  }
  return problems;
}

export function validateCodes(codes: Codes): void {
  const problems = codeProblems(codes);
  if (problems.length) throw invalidInput(problems[0]!.message, problems);
}
