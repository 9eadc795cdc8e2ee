// Words for rules: what a rule asks, and for a failed rule the smallest change that would pass it
// ("2 more invention patents", "grade BBB instead of BB"), in zh-CN and en.
import { FACT_BY_KEY, gradeAtStep, type FactDefinition } from './facts.ts';
import { industryName, NO_PARK_NAMES, regionName, type CodeNames, type Text } from './code-names.ts';
import { boundsOf, type EligibilityRule, type RuleOutcome } from './rules.ts';

export type { CodeNames, Text } from './code-names.ts';

const STAGE_NAMES: Record<string, Text> = { startup: { zh: '初创期', en: 'start-up' }, growth: { zh: '成长期', en: 'growth' }, mature: { zh: '成熟期', en: 'mature' } };

/** A fact's value in words; a park, industry or region code by its name. */
export function formatValue(fact: FactDefinition, value: number | string, names: CodeNames = NO_PARK_NAMES): Text {
  if (typeof value === 'string') return categoryName(fact.key, value, names);
  switch (fact.unit) {
    case 'yuan':
      return Math.abs(value) >= 1e4
        ? { zh: `${trim(value / 1e4)}万元`, en: `¥${trim(value / 1e6)}m` }
        : { zh: `${trim(value)}元`, en: `¥${trim(value)}` };
    case 'fraction':
      return both(`${trim(value * 100)}%`);
    case 'flag':
      return value >= 1 ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
    case 'grade':
      return both(gradeAtStep(fact, value) ?? String(value));
    default:
      return both(trim(value));
  }
}

function categoryName(key: string, value: string, names: CodeNames): Text {
  switch (key) {
    case 'stage':
      return STAGE_NAMES[value] ?? both(value);
    case 'park':
      return names.park(value) ?? both(value);
    case 'industry':
      return industryName(value);
    case 'region':
      return regionName(value);
    default:
      return both(value);
  }
}

const both = (s: string): Text => ({ zh: s, en: s });
const trim = (x: number) => String(Math.round(x * 100) / 100);

/** "invention_patents ≥ 1", the rule as a formula (language-neutral). */
export function ruleFormula(rule: EligibilityRule): string {
  if (rule.op === 'in') return `${rule.fact} in [${rule.values.join(', ')}]`;
  if (rule.op === 'not_in') return `${rule.fact} not in [${rule.values.join(', ')}]`;
  if (rule.op === 'between') return `${rule.fact} between ${rule.min} and ${rule.max}`;
  return `${rule.fact} ${rule.op === 'gte' ? '≥' : '≤'} ${rule.value}`;
}

/** What the rule requires, in words, e.g. "≥ BBB", "one of 张江, 紫竹". */
export function required(rule: EligibilityRule, names: CodeNames = NO_PARK_NAMES): Text {
  const fact = FACT_BY_KEY.get(rule.fact)!;
  if (rule.op === 'in') return list(fact, rule.values, '为', rule.values.length === 1 ? '' : 'one of', names);
  if (rule.op === 'not_in') return list(fact, rule.values, '不为', rule.values.length === 1 ? 'not' : 'none of', names);
  if (rule.op === 'between') {
    const [a, b] = [formatValue(fact, rule.min), formatValue(fact, rule.max)];
    return { zh: `${a.zh}至${b.zh}`, en: `${a.en} to ${b.en}` };
  }
  const v = formatValue(fact, rule.value);
  if (fact.kind === 'flag') return v;
  return rule.op === 'gte' ? { zh: `≥ ${v.zh}`, en: `≥ ${v.en}` } : { zh: `≤ ${v.zh}`, en: `≤ ${v.en}` };
}

function list(fact: FactDefinition, values: string[], zh: string, en: string, codeNames: CodeNames): Text {
  const names = values.map((v) => formatValue(fact, v, codeNames));
  const listed = names.map((n) => n.en).join(', ');
  return { zh: `${zh}${names.map((n) => n.zh).join('、')}`, en: en ? `${en} ${listed}` : listed };
}

/** A passed rule as a reason: "有效I类知识产权 3（要求 ≥ 1）". */
export function passedReason(outcome: RuleOutcome, names: CodeNames = NO_PARK_NAMES): Text {
  const fact = FACT_BY_KEY.get(outcome.rule.fact)!;
  const actual = formatValue(fact, outcome.actual!, names);
  const req = required(outcome.rule, names);
  return { zh: `${fact.nameZh} ${actual.zh}（要求 ${req.zh}）`, en: `${fact.nameEn} ${actual.en} (requires ${req.en})` };
}

/** The smallest change that would pass a failed rule. */
export function advice(outcome: RuleOutcome, names: CodeNames = NO_PARK_NAMES): Text {
  const { rule } = outcome;
  const fact = FACT_BY_KEY.get(rule.fact)!;
  if (outcome.actual === null) {
    const req = required(rule, names);
    return { zh: `补充${fact.nameZh}数据（要求 ${req.zh}）`, en: `Provide your ${fact.nameEn.toLowerCase()} (requires ${req.en})` };
  }
  if (fact.kind === 'flag') return flagAdvice(fact, rule.op === 'gte');
  if (rule.op === 'in' || rule.op === 'not_in') {
    const req = required(rule, names);
    return { zh: `本产品仅面向${fact.nameZh}${req.zh}的企业`, en: `Only for enterprises whose ${fact.nameEn.toLowerCase()} is ${req.en}` };
  }
  const [lo, hi] = boundsOf(rule, fact);
  const value = fact.kind === 'grade' ? stepOf(fact, outcome.actual) : (outcome.actual as number);
  const target = value < lo ? lo : hi;
  const up = value < lo;
  if (fact.kind === 'grade') {
    const want = gradeAtStep(fact, target)!;
    return { zh: `${fact.nameZh}需达到${want}（目前${outcome.actual}）`, en: `${fact.nameEn} ${want} instead of ${outcome.actual}` };
  }
  if (fact.unit === 'count' && up) {
    const more = Math.ceil(target - value);
    return { zh: `再增加${more}项${fact.nameZh}（目前${trim(value)}）`, en: `${more} more ${fact.nameEn.toLowerCase()} (now ${trim(value)})` };
  }
  const t = formatValue(fact, target);
  const now = formatValue(fact, value);
  return up
    ? { zh: `${fact.nameZh}提高到${t.zh}以上（目前${now.zh}）`, en: `Raise ${fact.nameEn.toLowerCase()} to ${t.en} or more (now ${now.en})` }
    : { zh: `${fact.nameZh}降到${t.zh}以下（目前${now.zh}）`, en: `Bring ${fact.nameEn.toLowerCase()} down to ${t.en} or less (now ${now.en})` };
}

function stepOf(fact: FactDefinition, letter: number | string | null): number {
  return fact.scale!.length - 1 - fact.scale!.indexOf(String(letter));
}

/** What gets a yes/no fact to the answer a rule wants: "取得高新技术企业认定", "移出经营异常名录". */
const FLAG_ADVICE: Record<string, { on?: Text; off?: Text }> = {
  hnte: { on: { zh: '取得高新技术企业认定', en: 'Obtain high-tech enterprise (HNTE) certification' } },
  specialised: { on: { zh: '取得专精特新认定', en: 'Obtain the specialised SME (专精特新) qualification' } },
  rd_platform: { on: { zh: '建成省级以上研发平台', en: 'Run a provincial-or-higher R&D platform' } },
  abnormal_listing: { off: { zh: '移出经营异常名录', en: 'Get removed from the abnormal-operation list' } },
};

export function flagAdvice(fact: FactDefinition, wanted: boolean): Text {
  const known = FLAG_ADVICE[fact.key]?.[wanted ? 'on' : 'off'];
  if (known) return known;
  return wanted
    ? { zh: `需具备：${fact.nameZh}`, en: `Needs: ${fact.nameEn.toLowerCase()}` }
    : { zh: `需不再属于：${fact.nameZh}`, en: `Must no longer have: ${fact.nameEn.toLowerCase()}` };
}
