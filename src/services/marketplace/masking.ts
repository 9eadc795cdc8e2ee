// What an institution sees of an enterprise that has not granted it access: a masked name and
// credit code, and the grade's band (A, B or C) only.
import { FACT_BY_KEY, gradeAtStep } from '../../domain/marketplace/facts.ts';

export const MASKED_NAME = '某科技企业';

/** "91310115MA1K4XYZ12" → "9131********YZ12". */
export const maskCreditCode = (code: string) => `${code.slice(0, 4)}********${code.slice(-4)}`;

/** A grade's band: its first letter ("BBB" → "B"). */
export const gradeBand = (grade: string | null) => (grade ? grade[0]! : null);

const GRADE_FACT = FACT_BY_KEY.get('grade')!;

/** The letter grade of a grade fact value (steps above C); null when unknown. */
export const gradeOfStep = (step: number) => (Number.isNaN(step) ? null : gradeAtStep(GRADE_FACT, step));
