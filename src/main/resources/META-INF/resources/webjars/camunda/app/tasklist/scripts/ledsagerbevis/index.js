// Our Tasklist extensions, loaded through customScripts in ../config.js: the case card, the case on each task
// in the list, and «Ny søknad». Their styles come from our own stylesheet ('self' under the webapps' CSP).
import caseCard from './case-card.js';
import taskList from './task-list.js';
import newApplication from './new-application.js';

const stylesheet = document.createElement('link');
stylesheet.rel = 'stylesheet';
stylesheet.href = new URL('./ledsagerbevis.css', import.meta.url).href;
document.head.append(stylesheet);

export default [caseCard, taskList, newApplication];
