// Evaluates a rule set against a profile. Every rule reports its measured value, the threshold
// it applied and a message, so a decision can be explained; missing data fails a rule, never throws.
import type { EnterpriseProfile } from '../types.ts';
import { formatMeasured, opText } from './format.ts';
import { buildMeasureContext, measureDefinition, type MeasureContext, type MeasureValue } from './measures.ts';
import type {
  BandedThreshold,
  ConditionRule,
  CriteriaResult,
  Rule,
  MeasureName,
  MissingReason,
  RuleOp,
  RuleResult,
  RuleSet,
  ScoreBand,
  ScoreRule,
} from './types.ts';

type Lookup = (name: MeasureName) => MeasureValue;

function memoised(ctx: MeasureContext): Lookup {
  const cache = new Map<MeasureName, MeasureValue>();
  return (name) => {
    let value = cache.get(name);
    if (value === undefined) {
      value = measureDefinition(name).compute(ctx);
      cache.set(name, value);
    }
    return value;
  };
}

const isBanded = (value: ConditionRule['value']): value is BandedThreshold =>
  typeof value === 'object' && !Array.isArray(value);

type Unresolved = { missing: string; reasons: MissingReason[] };

/** The threshold a rule applies, or why it cannot be chosen. */
function resolveThreshold(rule: ConditionRule, get: Lookup): { value: number | string[] } | Unresolved {
  if (!isBanded(rule.value)) return { value: rule.value };
  const by = get(rule.value.by);
  if (typeof by.value !== 'number') {
    const measure = rule.value.by;
    const reasons: MissingReason[] = [{ code: 'threshold_unknown', params: { measure } }, by.reason ?? { code: 'not_a_number', params: { measure } }];
    return { missing: `threshold depends on ${measure}: ${by.missing ?? 'not a number'}`, reasons };
  }
  const band = rule.value.bands.find((b) => (by.value as number) <= b.upTo);
  return { value: band ? band.value : rule.value.otherwise };
}

export function compare(op: RuleOp, actual: number | string, required: number | string[]): boolean {
  if (op === 'in' || op === 'prefix_in') {
    if (typeof actual !== 'string' || !Array.isArray(required)) return false;
    return op === 'in' ? required.includes(actual) : required.some((prefix) => actual.startsWith(prefix));
  }
  if (typeof actual !== 'number' || typeof required !== 'number') return false;
  if (op === '>=') return actual >= required;
  if (op === '>') return actual > required;
  if (op === '<=') return actual <= required;
  if (op === '<') return actual < required;
  return actual === required;
}

/** A met prefix rule names the prefix that matched rather than the whole list. */
function shownThreshold(op: RuleOp, actual: number | string, required: number | string[], passed: boolean): number | string[] {
  if (op !== 'prefix_in' || !passed || !Array.isArray(required)) return required;
  return required.filter((prefix) => String(actual).startsWith(prefix));
}

const withNote = (message: string, note?: string): string => (note ? `${message} ${note}` : message);

function conditionMessage(rule: ConditionRule, actual: number | string, required: number | string[], passed: boolean): string {
  const unit = measureDefinition(rule.measure).unit;
  const shown = formatMeasured(shownThreshold(rule.op, actual, required, passed), unit);
  const verdict = rule.role === 'shortcut' ? (passed ? 'qualifies directly' : 'no direct route') : passed ? 'met' : 'not met';
  return withNote(`${rule.nameEn}: ${formatMeasured(actual, unit)}, required ${opText(rule.op)} ${shown}; ${verdict}.`, rule.note);
}

/** What every result carries: the rule, the measure its values are of, and the rule's note. */
function resultBase(rule: Rule, measure: MeasureName) {
  const base = { id: rule.id, nameZh: rule.nameZh, nameEn: rule.nameEn, role: rule.role, measure, unit: measureDefinition(measure).unit };
  return rule.note === undefined ? base : { ...base, note: rule.note };
}

function evaluateCondition(rule: ConditionRule, get: Lookup): RuleResult {
  const base = { ...resultBase(rule, rule.measure), op: rule.op };
  const measured = get(rule.measure);
  const threshold = resolveThreshold(rule, get);
  if (measured.value === null || 'missing' in threshold) {
    const why = 'missing' in threshold ? threshold.missing : measured.missing;
    const missing = 'missing' in threshold ? threshold.reasons : [measured.reason ?? { code: 'not_a_number', params: { measure: rule.measure } }];
    const required = 'value' in threshold ? threshold.value : null;
    const message = withNote(`${rule.nameEn}: cannot check, ${why}.`, rule.note);
    return { ...base, passed: false, actual: measured.value, required, missing, message };
  }
  const passed = compare(rule.op, measured.value, threshold.value);
  const message = conditionMessage(rule, measured.value, threshold.value, passed);
  return { ...base, passed, actual: measured.value, required: threshold.value, message };
}

const bandPoints = (bands: ScoreBand[], value: number): number =>
  bands.find((band) => (band.op === '>' ? value > band.value : value >= band.value))?.points ?? 0;

function evaluateScore(rule: ScoreRule, get: Lookup): RuleResult {
  const gaps: string[] = [];
  const reasons = new Map<string, MissingReason>();
  let best: { points: number; value: number; measure: MeasureName; full: number } | null = null;
  for (const option of rule.scoring) {
    const measured = get(option.measure);
    if (typeof measured.value !== 'number') {
      gaps.push(measured.missing ?? `${option.measure} is not a number`);
      const reason = measured.reason ?? { code: 'not_a_number', params: { measure: option.measure } };
      reasons.set(JSON.stringify(reason), reason);
      continue;
    }
    const points = Math.min(rule.maxPoints, bandPoints(option.bands, measured.value));
    if (best === null || points > best.points) {
      best = { points, value: measured.value, measure: option.measure, full: option.bands[0]?.value ?? 0 };
    }
  }
  if (best === null) {
    const base = { ...resultBase(rule, rule.scoring[0]!.measure), maxPoints: rule.maxPoints };
    const message = withNote(`${rule.nameEn}: 0 of ${rule.maxPoints} points, cannot score: ${[...new Set(gaps)].join('; ')}.`, rule.note);
    return { ...base, passed: false, actual: null, required: null, points: 0, missing: [...reasons.values()], message };
  }
  const base = { ...resultBase(rule, best.measure), maxPoints: rule.maxPoints };
  const { description, unit } = measureDefinition(best.measure);
  const shown = `${description} ${formatMeasured(best.value, unit)}; full points from ${formatMeasured(best.full, unit)}`;
  const message = withNote(`${rule.nameEn}: ${best.points} of ${rule.maxPoints} points (${shown}).`, rule.note);
  return { ...base, passed: best.points > 0, actual: best.value, required: best.full, points: best.points, message };
}

/**
 * Passes when every gate holds and either a shortcut holds or the score reaches
 * `pass.minScore` with every `pass.nonZero` rule above 0. Score rules "pass" when they earn points.
 */
export function evaluateCriteria(ruleSet: RuleSet, profile: EnterpriseProfile, today: string): CriteriaResult {
  const get = memoised(buildMeasureContext(profile, today));
  const rules = ruleSet.rules.map((rule) => (rule.role === 'score' ? evaluateScore(rule, get) : evaluateCondition(rule, get)));
  const scored = rules.filter((r) => r.role === 'score');
  const score = scored.reduce((sum, r) => sum + (r.points ?? 0), 0);
  const gatesHold = rules.every((r) => r.role !== 'gate' || r.passed);
  const shortcut = rules.some((r) => r.role === 'shortcut' && r.passed);
  const scoreHolds =
    (ruleSet.pass.minScore === null || score >= ruleSet.pass.minScore) &&
    ruleSet.pass.nonZero.every((id) => (rules.find((r) => r.id === id)?.points ?? 0) > 0);
  const passed = gatesHold && (scoreHolds || shortcut);
  const result: CriteriaResult = { code: ruleSet.code, version: ruleSet.version, passed, rules };
  if (scored.length > 0) {
    result.score = score;
    result.maxScore = scored.reduce((sum, r) => sum + (r.maxPoints ?? 0), 0);
  }
  if (passed) result.passedBy = scoreHolds ? 'rules' : 'shortcut';
  return result;
}
