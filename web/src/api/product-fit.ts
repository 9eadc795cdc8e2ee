// One product against the signed-in enterprise: its rules met and unmet, and whether it may apply.
import { client, ok } from './client';
import { langOf, type Answer } from './types';

export type ProductFit = Answer<'/api/v1/enterprises/{creditCode}/products/{productId}/fit', 'get'>;
export type RuleFit = ProductFit['rules'][number];

export const getProductFit = (creditCode: string, productId: string, lang: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/enterprises/{creditCode}/products/{productId}/fit', { params: { path: { creditCode, productId }, query: { lang: langOf(lang) } }, signal }));
