// Shared by the config.js of Tasklist, Cockpit, Admin and Welcome.
//
// The webapps show the browser's language when it is one of `availableLocales`, otherwise `fallbackLocale`, and
// offer no language menu of their own. Offering only the user's chosen language makes Norwegian the default even
// for a browser that asks for English; the choice (see language-switch.js) is kept in this browser's localStorage,
// so it holds for all four apps.
const STORAGE_KEY = 'ledsagerbevis.language';

export const NORWEGIAN = 'nb';
export const ENGLISH = 'en';

export function chosenLanguage() {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === ENGLISH ? ENGLISH : NORWEGIAN;
  } catch (e) {
    return NORWEGIAN;
  }
}

export function chooseLanguage(language) {
  window.localStorage.setItem(STORAGE_KEY, language === ENGLISH ? ENGLISH : NORWEGIAN);
  window.location.reload();
}

export const locales = {
  availableLocales: [chosenLanguage()],
  fallbackLocale: chosenLanguage()
};
