// The demo financing marketplace: institutions' products (with park approvals) and enterprises'
// needs (with take-ups), for a demo data set. Pure and deterministic: the same data, seed and
// date give deep-equal output. Enterprises are seen through their demo profile and the expert
// model's rating of it, as the platform will rate them once seeded.
import { enterpriseFacts } from '../marketplace/facts.ts';
import { EXPERT_MODEL_V1 } from '../rating/expert-model.ts';
import { ageInYears } from '../rating/features.ts';
import { scoreEnterprise } from '../rating/score.ts';
import { makeDemoNeeds, type FirmView } from './market-needs.ts';
import { makeDemoProducts } from './market-products.ts';
import type { DemoMarketOptions, DemoMarketplace } from './market-types.ts';
import { demoRegistration, generateDemoProfile } from './profiles.ts';
import type { DemoData, DemoEnterprise } from './types.ts';

export type { DemoMarketOptions, DemoMarketplace, DemoNeed, DemoProduct, DemoProductPark, DemoTakeUp, NeedStatus, ParkDecision, ProductDraft, ProductStatus } from './market-types.ts';
export { DEMO_BANK } from './market-showcase.ts';
export { liveProducts } from './market-needs.ts';

/** How the platform will see a demo enterprise once its profile is seeded and rated. */
export function demoFirmView(enterprise: DemoEnterprise, options: DemoMarketOptions): FirmView {
  const profile = generateDemoProfile(enterprise, options);
  const full = { registration: demoRegistration(enterprise), ...profile };
  const rating = scoreEnterprise(EXPERT_MODEL_V1, full, options.today);
  const facts = enterpriseFacts({
    enterpriseId: enterprise.creditCode,
    features: rating.features,
    rating: { grade: rating.grade, score: rating.score, creditLimitYuan: Number(rating.creditLimit.amountFen) / 100, stage: rating.stage },
    ageYears: ageInYears(full, options.today),
    employees: enterprise.employees,
    parkCode: enterprise.parkCode,
    industryCode: enterprise.industryCode,
    regionCode: enterprise.regionCode,
  });
  return { enterprise, profile, facts, feature: (key) => rating.features[key] ?? null };
}

export function generateDemoMarketplace(data: DemoData, options: DemoMarketOptions): DemoMarketplace {
  const firms = new Map<number, FirmView>();
  const firm = (ordinal: number) => {
    let view = firms.get(ordinal);
    if (!view) firms.set(ordinal, (view = demoFirmView(data.enterprises[ordinal]!, options)));
    return view;
  };
  const demoEnterprise = data.enterprises[0]?.parkCode === 'zhangjiang' ? firm(0).facts : null;
  const products = makeDemoProducts(data.institutions, data.parks.map((p) => p.code), options.seed, demoEnterprise);
  const needs = makeDemoNeeds({ enterprises: data.enterprises, products, firm, seed: options.seed, today: options.today });
  return { products, needs };
}
