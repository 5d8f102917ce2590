// The «Sak» tab of a case's tasks («Vurder søknad» and the others of the decision-letter process): who applied,
// the photo (upload or replace it while the case is open), a preview of the decision letter, and the history.
import { ApiError, callApi } from './api.js';
import { caseOfTask, casePath, caseUrl } from './oppgavenes-saker.js';
import { el, replaceContent } from './dom.js';
import { dato, tidspunkt } from './format.js';
import { photoPicker } from './bildevalg.js';

const FORM_TAB = 'task-detail-form';
const CASE_PROCESS = 'ledsagerbevis-decision-letter';

const STATUS = {
  UNDER_BEHANDLING: 'Under behandling',
  AKTIV: 'Innvilget – beviset er aktivt',
  AVSLAATT: 'Avslått',
  AVSLUTTET: 'Avsluttet uten vedtak',
  OPPHORT: 'Opphørt',
  REVOKERT: 'Tilbakekalt'
};

function render(node, { taskId }, scope) {
  const card = el('section', { class: 'lb-saks-kort', 'aria-live': 'polite' }, el('p', {}, 'Henter saken …'));
  node.append(card);
  const key = processKey(scope, taskId);
  if (key && key !== CASE_PROCESS) {
    showForm(scope, card);
    return;
  }
  caseOfTask(taskId, { fresh: true })
    .then((sak) => (sak ? load(card, sak) : showForm(scope, card)))
    .catch((error) => replaceContent(card, problem(error)));
}

/** The task's process key when Tasklist has it at hand (the definition id is not always key:version:uuid). */
function processKey(scope, taskId) {
  const task = scope && scope.task;
  const definitions = task && task.id === taskId && task._embedded && task._embedded.processDefinition;
  return definitions && definitions[0] ? definitions[0].key : null;
}

/** Tasks outside the case process have no case: their form is what the user came for. */
function showForm(scope, card) {
  replaceContent(card, el('p', {}, 'Denne oppgaven hører ikke til en sak om ledsagerbevis.'));
  // The plugin's scope is isolated; the task view that owns the tabs is an ancestor.
  let owner = scope;
  while (owner && typeof owner.selectTaskDetailTab !== 'function') {
    owner = owner.$parent;
  }
  const formTab = owner && (owner.taskDetailTabs || []).find((tab) => tab.id === FORM_TAB);
  if (formTab) {
    owner.$applyAsync(() => owner.selectTaskDetailTab(formTab));
  }
}

async function load(card, sak) {
  try {
    const detail = await callApi('GET', casePath(sak));
    replaceContent(card, content(card, sak, detail));
  } catch (error) {
    replaceContent(card, problem(error));
  }
}

function content(card, sak, detail) {
  const open = detail.status === 'UNDER_BEHANDLING' && !detail.vedtak;
  const eier = detail.eier || {};
  return [
    el('div', { class: 'lb-saks-topp' },
      photo(card, sak, detail, open),
      el('div', { class: 'lb-opplysninger' },
        el('h3', { class: 'lb-navn' }, eier.navn || 'Søkeren er ikke slått opp i Folkeregisteret ennå'),
        el('dl', { class: 'dl-horizontal' },
          row('Referanse', detail.referansenummer || '–'),
          row('Adresse', address(eier)),
          row('Telefon', eier.telefonnummer || '–'),
          row('Antall ledsagere', String(detail.antallLedsagere)),
          row('Utløpsdato', dato(detail.utlopsdato)),
          row('Status', STATUS[detail.status] || detail.status),
          row('Registrert', tidspunkt(detail.opprettet) + (detail.opprettetAv ? ' av ' + detail.opprettetAv : ''))),
        open && eier.navn ? preview(sak) : null)),
    history(detail.historikk || [])
  ];
}

function row(label, value) {
  return [el('dt', {}, label), el('dd', {}, value)];
}

function address(eier) {
  if (eier.adressebeskyttet) {
    return el('span', { class: 'label label-warning lb-adressebeskyttet' }, 'Adressebeskyttet');
  }
  const lines = eier.adresse || [];
  return lines.length ? lines.join(', ') : 'Ingen adresse i Folkeregisteret';
}

function photo(card, sak, detail, open) {
  const box = el('div', { class: 'lb-foto' });
  box.append(detail.harBilde
    ? el('img', { class: 'lb-foto-bilde', alt: 'Bildet av søkeren', src: caseUrl(sak, '/bilde') + '?v=' + Date.now() })
    : el('div', { class: 'lb-foto-mangler' }, 'Ingen bilde ennå. Bildet må være lastet opp før søknaden kan innvilges.'));
  if (!open) {
    return box;
  }
  const picker = photoPicker('lb-bilde-fil');
  const input = picker.input;
  const message = el('p', { class: 'lb-feil text-danger', role: 'alert' });
  const button = el('button', { type: 'button', class: 'btn btn-default btn-sm', id: 'lb-last-opp' },
    detail.harBilde ? 'Bytt bilde' : 'Last opp bilde');
  button.addEventListener('click', async () => {
    const file = input.files && input.files[0];
    if (!file) {
      message.textContent = 'Velg en bildefil (JPEG eller PNG) først.';
      return;
    }
    button.disabled = true;
    message.textContent = '';
    try {
      await callApi('PUT', casePath(sak, '/bilde'), file);
      await load(card, sak);
    } catch (error) {
      message.textContent = error.message;
      button.disabled = false;
    }
  });
  box.append(el('p', { class: 'lb-bilde-hjelp' }, 'Bilde (JPEG eller PNG, høyst 5 MB)'), el('div', {}, picker.node), button, message);
  return box;
}

function preview(sak) {
  // A download, not a new tab: a tab opened from Tasklist inherits the sandbox of its Content-Security-Policy, where
  // the browser's PDF viewer may be blocked; downloads are allowed. Only the decision goes in the URL.
  const link = (vedtak, text) => el('a', {
    class: 'btn btn-default btn-sm lb-forhandsvisning',
    href: caseUrl(sak, '/vedtaksbrev/forhandsvisning') + '?vedtak=' + vedtak,
    download: 'forhandsvisning-vedtaksbrev-' + vedtak.toLowerCase() + '.pdf',
    'data-vedtak': vedtak
  }, text);
  return el('div', { class: 'lb-brev' },
    el('h4', {}, 'Forhåndsvis vedtaksbrevet'),
    el('p', { class: 'text-muted' }, 'Slik blir brevet hvis du fatter vedtaket nå (PDF). Brevet sendes først når oppgaven er fullført.'),
    link('INNVILGET', 'Innvilgelse (PDF)'), ' ', link('AVSLAATT', 'Avslag (PDF)'));
}

function history(events) {
  return el('div', { class: 'lb-historikk' },
    el('h4', {}, 'Historikk'),
    events.length === 0 ? el('p', {}, 'Ingen hendelser ennå.') : el('table', { class: 'table table-condensed' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Tidspunkt'), el('th', {}, 'Hendelse'), el('th', {}, 'Utført av'))),
      el('tbody', {}, events.map((event) => el('tr', {},
        el('td', {}, tidspunkt(event.tidspunkt)), el('td', {}, event.beskrivelse || event.hendelse),
        el('td', {}, event.utfortAv || 'Systemet'))))));
}

function problem(error) {
  const text = error instanceof ApiError ? error.message : 'Saken kunne ikke vises. Last siden på nytt.';
  return el('div', { class: 'alert alert-danger', role: 'alert' }, text);
}

export default {
  id: 'ledsagerbevis-sak',
  pluginPoint: 'tasklist.task.detail',
  // Before the form (1000): the case handler reads the case before deciding.
  priority: 2000,
  render,
  properties: { label: 'Sak' }
};
