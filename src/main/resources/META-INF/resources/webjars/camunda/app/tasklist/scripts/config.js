import {locales} from '../../ledsagerbevis/language.js';

// Tasklist's configuration: one object, extend it in place (add customScripts entries to the list).
export default {
  locales,
  customScripts: ['../ledsagerbevis/language-switch', '../ledsagerbevis/access', '../ledsagerbevis/saker'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den valgte oppgaven'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flytter fokus til det første filteret i listen'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flytter fokus til den første oppgaven i listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flytter fokus til det første feltet i oppgaveskjemaet'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åpner dialogen for å starte en prosess'
    }
  }
};
