// A line on each task card in the list that names the case: the applicant and the reference number.
import { caseOfTask } from './oppgavenes-saker.js';
import { el, replaceContent } from './dom.js';

function render(node, { taskId }) {
  node.classList.add('lb-oppgave-sak');
  caseOfTask(taskId)
    .then((sak) => {
      if (sak) {
        replaceContent(node,
          el('span', { class: 'lb-oppgave-navn' }, sak.navn || 'Søker ikke slått opp ennå'),
          sak.referansenummer ? el('span', { class: 'lb-oppgave-ref' }, 'Ref. ' + sak.referansenummer) : null);
      }
    })
    .catch(() => replaceContent(node));
}

export default {
  id: 'ledsagerbevis-oppgave-sak',
  pluginPoint: 'tasklist.card',
  priority: 100,
  render,
  properties: {}
};
