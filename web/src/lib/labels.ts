// Labels for codes the server sends (categories, kinds, ratio keys), with the code itself as the fallback.
import type { TFunction } from 'i18next';

type LooseT = (key: string, options: { defaultValue: string }) => string;

/** The translation of a key built at run time, or `fallback` when the code is one we have no label for. */
export function labelOr(t: TFunction, key: string, fallback: string): string {
  return (t as unknown as LooseT)(key, { defaultValue: fallback });
}

export const sourceLabel = (t: TFunction, source: string) => labelOr(t, `profile.enums.source.${source}`, source);
export const categoryLabel = (t: TFunction, category: string) => labelOr(t, `categories.${category}`, category);
export const enumLabel = (t: TFunction, group: string, value: string) => labelOr(t, `profile.enums.${group}.${value}`, value);

/** A profile section or tab name, e.g. "financials" or "taxGrades". */
export function sectionLabel(t: TFunction, section: string): string {
  return labelOr(t, `profile.tabs.${section}`, labelOr(t, `profile.sections.${section}`, section));
}
