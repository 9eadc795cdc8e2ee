// National codes checked the same way for every organisation, naming the field at fault.
import { isValidIndustryCode, isValidRegionCode, validateCreditCode } from '../../domain/codes/index.ts';
import { invalidFields, problem, type FieldProblem } from '../../domain/shared/errors.ts';

export interface Codes {
  creditCode?: string;
  industryCode?: string;
  regionCode?: string | null;
}

export function codeProblems(codes: Codes): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (codes.creditCode !== undefined) {
    const check = validateCreditCode(codes.creditCode);
    if (!check.ok) problems.push(problem('creditCode', `credit_code.${check.reason}`, check.params as never));
  }
  if (codes.industryCode !== undefined && !isValidIndustryCode(codes.industryCode)) {
    problems.push(problem('industryCode', 'field.unknown_industry_code', { value: codes.industryCode }));
  }
  if (codes.regionCode && !isValidRegionCode(codes.regionCode)) {
    problems.push(problem('regionCode', 'field.unknown_region_code', { value: codes.regionCode }));
  }
  return problems;
}

export function validateCodes(codes: Codes): void {
  const problems = codeProblems(codes);
  if (problems.length) throw invalidFields(problems);
}
