// i18next setup: English and Korean, chosen from the saved choice or the browser/OS locale.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { featureMessages } from './features';
import { ko } from './ko';

export const LANGUAGE_KEY = 'berth.language';
export const languages = ['en', 'ko'] as const;
export type Language = (typeof languages)[number];

export function systemLanguage(): Language {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ko' || base === 'en') return base;
  }
  return 'en';
}

export function savedLanguage(): Language | null {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  return saved === 'en' || saved === 'ko' ? saved : null;
}

/** null = follow the system. */
export function setLanguage(choice: Language | null): void {
  if (choice) localStorage.setItem(LANGUAGE_KEY, choice);
  else localStorage.removeItem(LANGUAGE_KEY);
  void i18n.changeLanguage(choice ?? systemLanguage());
}

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: { ...en, ...featureMessages.en } },
    ko: { translation: { ...ko, ...featureMessages.ko } },
  },
  lng: savedLanguage() ?? systemLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (language) => document.documentElement.setAttribute('lang', language));
document.documentElement.setAttribute('lang', i18n.language);

export default i18n;
