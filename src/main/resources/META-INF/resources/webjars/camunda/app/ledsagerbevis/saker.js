// Tasklist plugins of the case feature (docs/caseletter.md): the «Sak» tab with the case card, the case on each
// task in the list, and «Ny søknad» in the header.
import saksbilde from './saksbilde.js';
import oppgaveSak from './oppgave-sak.js';
import nySoknad from './ny-soknad.js';
import {useStylesheet} from './dom.js';

useStylesheet('saker.css');

export default [saksbilde, oppgaveSak, nySoknad];
