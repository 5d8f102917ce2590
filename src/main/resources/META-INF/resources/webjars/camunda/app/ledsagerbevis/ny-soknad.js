// «Ny søknad» in Tasklist's header: registers an application in the user's active group. The person is looked up
// in the folkeregister first so that the case handler confirms whom the case is about; then the case and its
// photo are created in one request (both or neither).
import { ApiError, callApi, fieldMessage } from './api.js';
import { el, replaceContent } from './dom.js';
import { photoPicker } from './bildevalg.js';

const LIST_REFRESHES_MS = [1000, 3000, 6000, 10000];

function render(node, params, scope) {
  const button = el('a', { href: '', class: 'lb-ny-soknad', role: 'button' },
    el('span', { class: 'glyphicon glyphicon-plus-sign', 'aria-hidden': 'true' }), ' Ny søknad');
  button.addEventListener('click', (event) => {
    event.preventDefault();
    open(scope);
  });
  node.append(button);
  // Only users in a user group register applications; administrators and operators do not see the control.
  node.classList.add('lb-skjult');
  callApi('GET', '/meg')
    .then((meg) => node.classList.toggle('lb-skjult', !hasUserGroup(meg)))
    .catch(() => node.classList.add('lb-skjult'));
}

function hasUserGroup(meg) {
  return (meg.kommuner || []).some((kommune) => (kommune.grupper || []).length > 0);
}

async function open(scope) {
  const dialog = new Dialog('Ny søknad om ledsagerbevis');
  dialog.show(el('p', {}, 'Henter brukergruppen din …'));
  let meg;
  try {
    meg = await callApi('GET', '/meg');
  } catch (error) {
    dialog.show(alert(error.message), dialog.closeButton('Lukk'));
    return;
  }
  const gruppe = meg.aktivGruppe;
  const kommune = gruppe && (meg.kommuner || []).find((k) => (k.grupper || []).some((g) => g.gruppeId === gruppe.gruppeId));
  if (!gruppe || !kommune) {
    dialog.show(alert('Du er ikke med i noen brukergruppe, og kan derfor ikke registrere søknader.'),
      dialog.closeButton('Lukk'));
    return;
  }
  new ApplicationForm(dialog, kommune, gruppe, scope).start();
}

class ApplicationForm {
  constructor(dialog, kommune, gruppe, scope) {
    this.dialog = dialog;
    this.scope = scope;
    this.base = '/kommuner/' + encodeURIComponent(kommune.kommunenummer) + '/grupper/' + encodeURIComponent(gruppe.gruppeId);
    this.where = 'Søknaden registreres i ' + gruppe.gruppenavn + ', ' + kommune.kommunenavn + '.';
    this.fields = {
      fnr: field('lb-fnr', 'Fødselsnummer (11 siffer)', el('input', { id: 'lb-fnr', class: 'form-control', inputmode: 'numeric', autocomplete: 'off', maxlength: '11' })),
      telefonnummer: field('lb-telefonnummer', 'Mobilnummer (8 siffer)', el('input', { id: 'lb-telefonnummer', class: 'form-control', inputmode: 'tel', autocomplete: 'off', maxlength: '8' })),
      antallLedsagere: field('lb-antall', 'Antall ledsagere', el('select', { id: 'lb-antall', class: 'form-control' },
        el('option', { value: '1' }, '1'), el('option', { value: '2' }, '2'))),
      referansenummer: field('lb-referanse', 'Referansenummer (valgfritt, høyst 40 tegn)', el('input', { id: 'lb-referanse', class: 'form-control', maxlength: '40' })),
      bilde: field('lb-bilde', 'Bilde (JPEG eller PNG, høyst 5 MB; kan også lastes opp senere under «Vurder søknad»)',
        photoPicker('lb-bilde'))
    };
    this.person = el('div', { class: 'lb-person', 'aria-live': 'polite' });
    this.message = el('div', { role: 'alert' });
    this.fields.fnr.input.addEventListener('input', () => this.forgetPerson());
  }

  start() {
    this.lookupButton = el('button', { type: 'button', class: 'btn btn-primary', id: 'lb-sla-opp' }, 'Slå opp i Folkeregisteret');
    this.createButton = el('button', { type: 'button', class: 'btn btn-primary', id: 'lb-opprett', hidden: true }, 'Opprett søknad');
    this.lookupButton.addEventListener('click', () => this.lookUp());
    this.createButton.addEventListener('click', () => this.create());
    this.dialog.show(
      el('form', { class: 'lb-ny-soknad-skjema', novalidate: true, onsubmit: (e) => e.preventDefault() },
        el('p', { class: 'text-muted' }, this.where),
        Object.values(this.fields).map((f) => f.group),
        this.person, this.message),
      [this.dialog.closeButton('Avbryt'), this.lookupButton, this.createButton]);
    this.fields.fnr.input.focus();
  }

  async lookUp() {
    this.clearErrors();
    this.lookupButton.disabled = true;
    try {
      const person = await callApi('POST', this.base + '/folkeregister/oppslag', { fnr: this.fields.fnr.input.value.trim() });
      replaceContent(this.person, el('div', { class: 'panel panel-default lb-bekreft' }, el('div', { class: 'panel-body' },
        el('p', {}, 'Kontroller at dette er søkeren:'),
        el('p', { class: 'lb-person-navn' }, el('strong', {}, person.navn)),
        person.adressebeskyttet
          ? el('p', {}, el('span', { class: 'label label-warning' }, 'Adressebeskyttet'), ' Adressen vises ikke, og brevet sendes bare digitalt.')
          : el('p', { class: 'lb-person-adresse' }, (person.adresse || []).join(', ') || 'Ingen adresse i Folkeregisteret'))));
      this.lookupButton.hidden = true;
      this.createButton.hidden = false;
      this.createButton.focus();
    } catch (error) {
      this.showError(error);
    } finally {
      this.lookupButton.disabled = false;
    }
  }

  async create() {
    this.clearErrors();
    this.createButton.disabled = true;
    const sak = {
      fnr: this.fields.fnr.input.value.trim(),
      telefonnummer: this.fields.telefonnummer.input.value.trim(),
      antallLedsagere: Number(this.fields.antallLedsagere.input.value),
      referansenummer: this.fields.referansenummer.input.value.trim() || null
    };
    const file = this.fields.bilde.input.files[0];
    try {
      if (file) {
        const body = new FormData();
        body.append('sak', new Blob([JSON.stringify(sak)], { type: 'application/json' }));
        body.append('bilde', file);
        await callApi('POST', this.base + '/saker', body);
      } else {
        await callApi('POST', this.base + '/saker', sak);
      }
      this.done(file);
    } catch (error) {
      this.showError(error);
      this.createButton.disabled = false;
    }
  }

  done(withPhoto) {
    this.dialog.show(
      el('div', { class: 'alert alert-success lb-registrert', role: 'status' },
        el('p', {}, el('strong', {}, 'Søknaden er registrert.')),
        el('p', {}, '«Vurder søknad» kommer i oppgavelisten om et øyeblikk, når personen er slått opp i Folkeregisteret.'),
        withPhoto ? null : el('p', {}, 'Husk å laste opp bildet under «Vurder søknad» før du innvilger.')),
      this.dialog.closeButton('Lukk'));
    LIST_REFRESHES_MS.forEach((ms) => setTimeout(() => this.scope && this.scope.$root.$broadcast('refresh'), ms));
  }

  forgetPerson() {
    replaceContent(this.person);
    if (this.createButton) {
      this.createButton.hidden = true;
      this.lookupButton.hidden = false;
    }
  }

  clearErrors() {
    replaceContent(this.message);
    Object.values(this.fields).forEach((f) => f.setError(null));
  }

  showError(error) {
    const feil = error instanceof ApiError ? error.fieldErrors : [];
    let shown = false;
    Object.entries(this.fields).forEach(([felt, f]) => {
      const text = fieldMessage(error, felt);
      f.setError(text);
      shown = shown || !!text;
    });
    if (!shown || feil.some((f) => !this.fields[f.felt])) {
      replaceContent(this.message, alert(error.message));
    }
  }
}

/** @param control an input, or a picker ({input, node}) that shows more than its input */
function field(id, label, control) {
  const input = control.input || control;
  const help = el('p', { class: 'help-block lb-feltfeil', id: id + '-feil' });
  const group = el('div', { class: 'form-group' }, el('label', { for: id, class: 'control-label' }, label),
    control.node || control, help);
  return {
    group,
    input,
    setError(text) {
      help.textContent = text || '';
      group.classList.toggle('has-error', !!text);
    }
  };
}

function alert(text) {
  return el('div', { class: 'alert alert-danger' }, text);
}

/** A Bootstrap 3 modal of our own (Tasklist's CSS), closed with its buttons or Escape. */
class Dialog {
  constructor(title) {
    this.body = el('div', { class: 'modal-body' });
    this.footer = el('div', { class: 'modal-footer' });
    this.backdrop = el('div', { class: 'modal-backdrop fade in' });
    this.root = el('div', { class: 'modal fade in lb-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'lb-dialog-tittel', tabindex: '-1' },
      el('div', { class: 'modal-dialog' }, el('div', { class: 'modal-content' },
        el('div', { class: 'modal-header' }, el('h3', { class: 'modal-title', id: 'lb-dialog-tittel' }, title)),
        this.body, this.footer)));
    this.onKey = (event) => event.key === 'Escape' && this.close();
    document.body.append(this.backdrop, this.root);
    document.body.classList.add('modal-open');
    document.addEventListener('keydown', this.onKey);
  }

  show(content, buttons) {
    replaceContent(this.body, content);
    replaceContent(this.footer, buttons || []);
  }

  closeButton(text) {
    const button = el('button', { type: 'button', class: 'btn btn-default' }, text);
    button.addEventListener('click', () => this.close());
    return button;
  }

  close() {
    document.removeEventListener('keydown', this.onKey);
    document.body.classList.remove('modal-open');
    this.root.remove();
    this.backdrop.remove();
  }
}

export default {
  id: 'ledsagerbevis-ny-soknad',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render,
  properties: {}
};
