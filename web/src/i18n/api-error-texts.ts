// The texts of the server's error codes, per language, each its own chunk: a page loads only the
// language it is shown in (with the rest of that language's texts, see ./index.ts).
export type ApiErrorLanguage = 'zh-CN' | 'en';

const LOADERS: Record<ApiErrorLanguage, () => Promise<Record<string, string>>> = {
  'zh-CN': () => import('./zh-CN/api-errors').then((m) => m.apiErrorsZhCN),
  en: () => import('./en/api-errors').then((m) => m.apiErrorsEn),
};

const loaded: Partial<Record<ApiErrorLanguage, Record<string, string>>> = {};

/** Loads a language's error texts (once). */
export async function loadApiErrorTexts(language: ApiErrorLanguage): Promise<void> {
  loaded[language] ??= await LOADERS[language]();
}

/** A language's error texts, once loaded; undefined before. */
export function apiErrorTexts(language: ApiErrorLanguage): Readonly<Record<string, string>> | undefined {
  return loaded[language];
}
