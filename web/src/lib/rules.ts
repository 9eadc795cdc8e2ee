// Form rules shared by the management pages, with translated messages.
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { checkCreditCode } from './credit-code';
import { parseWanToFen } from './money';

export const required = (t: TFunction, field: string): FormRule => ({
  required: true,
  whitespace: true,
  message: t('validation.required', { field }),
});

export const regionCode = (t: TFunction): FormRule => ({ pattern: /^\d{6}$/, message: t('validation.regionCode') });

export const creditCode = (t: TFunction): FormRule => ({
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value === '') return;
    const problem = checkCreditCode(value);
    if (problem === 'length') throw new Error(t('validation.creditCodeLength'));
    if (problem === 'characters') throw new Error(t('validation.creditCodeCharacters'));
    if (problem === 'check') throw new Error(t('validation.creditCodeCheck'));
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
