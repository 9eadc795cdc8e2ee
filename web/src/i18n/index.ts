// i18next set-up: Chinese by default, English on request; the choice is kept in localStorage.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from '../api/client';
import { loadApiErrorTexts } from './api-error-texts';
import type { Messages } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'kejin.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function reflectLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.fullName');
  setRequestLanguage(language);
}

// Each language's texts are their own chunk: a page loads only the language it is shown in.
const MESSAGES: Record<Language, () => Promise<Messages>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  en: () => import('./en').then((m) => m.en),
};

async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const [messages] = await Promise.all([MESSAGES[language](), loadApiErrorTexts(language)]);
  i18n.addResourceBundle(language, 'translation', messages);
}

export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  const [messages] = await Promise.all([MESSAGES[language](), loadApiErrorTexts(language)]);
  await i18n.use(initReactI18next).init({
    resources: { [language]: { translation: messages } },
    lng: language,
    // Both languages have every text (the English ones are typed as the Chinese), so none falls back.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  reflectLanguage(currentLanguage());
  i18n.on('languageChanged', (language) => {
    if (isLanguage(language)) reflectLanguage(language);
  });
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

/** Follows the account's language on sign-in unless this browser already has a choice. */
export async function adoptUserLocale(locale: string): Promise<void> {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (!isLanguage(stored) && isLanguage(locale) && locale !== currentLanguage()) {
    await loadLanguage(locale);
    await i18n.changeLanguage(locale);
  }
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

export { i18n };
