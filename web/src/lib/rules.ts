// Form rules shared by the management pages, with translated messages.
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { isValidIndustryCode } from '../../../shared/codes/industries.ts';
import { isValidRegionCode } from '../../../shared/codes/regions.ts';
import { normalizeCreditCode, validateCreditCode } from '../../../shared/codes/credit-code.ts';
import { parseWanToFen } from './money';

export const required = (t: TFunction, field: string): FormRule => ({
  required: true,
  whitespace: true,
  message: t('validation.required', { field }),
});

export const regionCode = (t: TFunction): FormRule => ({
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value === '') return;
    if (!isValidRegionCode(value)) throw new Error(t('validation.regionCode'));
  },
});

/** A GB/T 4754 code the server knows (the same table, shared/codes/industries.ts). */
export const industryCode = (t: TFunction): FormRule => ({
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value === '') return;
    if (!isValidIndustryCode(value)) throw new Error(t('validation.industryCode'));
  },
});

export const creditCode = (t: TFunction): FormRule => ({
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value === '') return;
    // The server's own check (shared/codes/credit-code.ts), with the message in the user's language.
    const result = validateCreditCode(normalizeCreditCode(value));
    if (result.ok) return;
    if (result.reason === 'length') throw new Error(t('validation.creditCodeLength'));
    if (result.reason === 'character') throw new Error(t('validation.creditCodeCharacters'));
    if (result.reason === 'region') throw new Error(t('validation.creditCodeRegion'));
    throw new Error(t('validation.creditCodeCheck'));
  },
});

export const wanAmount = (t: TFunction): FormRule => ({
  validator: async (_rule, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    if (parseWanToFen(String(value)) === null) throw new Error(t('validation.capital'));
  },
});

export const wholeNumber = (t: TFunction): FormRule => ({
  validator: async (_rule, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    if (!Number.isInteger(value) || (value as number) < 0) throw new Error(t('validation.employees'));
  },
});

/** Upper-cases what the user types, for codes. */
export const upper = (event: { target: { value: string } }) => event.target.value.toUpperCase();
