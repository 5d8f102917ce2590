import {locales} from '../../ledsagerbevis/language.js';

export default {
  locales,
  customScripts: ['../ledsagerbevis/language-switch']
};
