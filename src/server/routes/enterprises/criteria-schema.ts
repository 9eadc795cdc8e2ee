// The criteria self-checks as the API gives them: each rule with its measured value, the threshold
// it applied, its unit and, when data is missing, why as codes with parameters (shared/profile.ts),
// so the web words every explanation in the reader's language. `message` is the English one.
import { z } from 'zod';
import { CRITERIA_MEASURES, CRITERIA_MISSING_REASONS, CRITERIA_UNITS } from '../../../../shared/profile.ts';
import { LIST_OPS, NUMBER_OPS } from '../../../domain/profile/criteria/types.ts';

const MissingReasonSchema = z
  .object({
    code: z.enum(CRITERIA_MISSING_REASONS).meta({ id: 'CriteriaMissingReason' }),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.number())])),
  })
  .meta({ id: 'CriteriaMissing' });

export const RuleCheckSchema = z
  .object({
    id: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    role: z.enum(['gate', 'shortcut', 'score']),
    passed: z.boolean(),
    actual: z.union([z.number(), z.string()]).nullable().describe('the measured value, null when the data is missing'),
    required: z.union([z.number(), z.array(z.string())]).nullable().describe('the threshold as applied, or the full-points value of a score'),
    op: z.enum([...NUMBER_OPS, ...LIST_OPS]).optional(),
    measure: z.enum(CRITERIA_MEASURES).meta({ id: 'CriteriaMeasure' }),
    unit: z.enum(CRITERIA_UNITS).meta({ id: 'CriteriaUnit' }),
    missing: z.array(MissingReasonSchema).optional(),
    note: z.string().optional().describe("the rule set's note on the rule, in English"),
    points: z.number().optional(),
    maxPoints: z.number().optional(),
    message: z.string().describe('the whole explanation in English'),
  })
  .meta({ id: 'RuleCheck' });

export const CriteriaCheckSchema = z
  .object({
    code: z.string(),
    version: z.string(),
    passed: z.boolean(),
    score: z.number().optional(),
    maxScore: z.number().optional(),
    passedBy: z.enum(['rules', 'shortcut']).optional(),
    rules: z.array(RuleCheckSchema),
  })
  .meta({ id: 'CriteriaCheck' });
