// One product against the signed-in enterprise: its rules met and unmet, and whether it may apply.
import { api } from './client';

export interface RuleFit {
  rule: string;
  fact: string;
  name: string;
  met: boolean;
  actual: string | null;
  required: string;
  advice: string | null;
}

export interface ProductFit {
  productId: string;
  rated: boolean;
  ratedAt: string | null;
  offeredInPark: boolean;
  rulesMet: boolean;
  eligible: boolean;
  rules: RuleFit[];
}

export const getProductFit = (creditCode: string, productId: string, lang: string, signal?: AbortSignal) =>
  api.get<ProductFit>(`/enterprises/${encodeURIComponent(creditCode)}/products/${encodeURIComponent(productId)}/fit`, { lang }, signal);
