// Tasklist plugins of the access feature (docs/access.md): «Bytt avdeling» and «Brukergrupper».
import byttAvdeling from './bytt-avdeling.js';
import {brukergrupperLink, brukergrupperPage} from './brukergrupper.js';

export default [byttAvdeling, brukergrupperLink, brukergrupperPage];
