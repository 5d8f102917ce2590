import {callApi, getJson} from './api.js';
import {el, useStylesheet} from './dom.js';

// «Brukergrupper»: the municipality's service administrators manage user groups, their users and the service
// administrators (K13-K17) on a page inside Tasklist (#/brukergrupper), through the access API with the login
// session. Every change reloads the page's data from the API; the API's Norwegian errors are shown where they arise.

const PATH = '/brukergrupper';

const RULES = [
  'Saksbehandlerne jobber i brukergrupper (en avdeling eller bydel) og ser bare oppgavene til sin gruppe.',
  'Opprett minst én brukergruppe før du legger til brukere: en bruker legges alltid til i en gruppe.',
  'En bruker kan være med i flere grupper. Legg da brukeren til i gruppe nummer to som «Eksisterende bruker». '
  + 'Brukeren jobber i én gruppe om gangen og bytter selv med «Bytt avdeling» øverst i Tasklist.'
];

const REMOVE_FROM_GROUP = '«Fjern» tar brukeren ut av gruppen. Er det brukerens siste gruppe, slettes '
  + 'innloggingen. Saker og historikk blir stående.';
const REMOVE_FROM_SERVICE = '«Fjern fra tjenesten» tar brukeren ut av alle kommunens brukergrupper og av '
  + 'tjenesteadministratorene, og sletter innloggingen når brukeren ikke har noen grupper igjen (heller ikke i en '
  + 'annen kommune). Saker, oppgaver og historikk slettes aldri.';
const PASSWORD_HINT = 'Passord: minst 10 tegn med store og små bokstaver, sifre og spesialtegn, uten brukernavnet '
  + 'eller navnet (feilmeldingen sier hva som mangler). Gi det til brukeren på en trygg måte.';

// The municipalities the user manages: its own as service administrator, all of them for the operator.
const administered = () => getJson('/kommuner');

/**
 * A new action starts: what the page said about the previous one (its status line, any refusal) no longer applies,
 * and left standing it would read as the outcome of this one.
 */
function forgetPreviousOutcome(node) {
  const page = node.closest('.ledsagerbevis-side');
  if (page) {
    page.querySelectorAll('.ledsagerbevis-status, .ledsagerbevis-feil').forEach((message) => {
      message.textContent = '';
    });
  }
}

/** A form whose error area shows the API's message, and whose fields the API named are marked invalid. */
function apiForm(className, fields, submitLabel, submit) {
  const error = el('p', {class: 'ledsagerbevis-feil', role: 'alert'});
  const button = el('button', {type: 'submit', class: 'btn btn-primary btn-sm'}, submitLabel);
  const form = el('form', {class: 'ledsagerbevis-skjema ' + className, novalidate: true}, fields, button, error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    forgetPreviousOutcome(form);
    form.querySelectorAll('[aria-invalid]').forEach((f) => f.removeAttribute('aria-invalid'));
    button.disabled = true;
    try {
      await submit(form);
    } catch (e) {
      error.textContent = e.message;
      e.fieldErrors.forEach((f) => form.querySelectorAll('[name="' + f.felt + '"]')
          .forEach((input) => input.setAttribute('aria-invalid', 'true')));
      button.disabled = false;
    }
  });
  return form;
}

function field(label, name, type, extra) {
  return el('label', {class: 'ledsagerbevis-felt'}, el('span', {}, label),
      el('input', Object.assign({name, type: type || 'text', class: 'form-control input-sm'}, extra || {})));
}

function value(form, name) {
  const input = form.querySelector('[name="' + name + '"]');
  return input ? input.value.trim() : '';
}

/** A button that asks once more before it acts; the API's refusal is shown next to it. */
function confirmingButton(label, confirmLabel, action) {
  const holder = el('span', {class: 'ledsagerbevis-bekreft'});
  const error = el('span', {class: 'ledsagerbevis-feil', role: 'alert'});
  const first = el('button', {type: 'button', class: 'btn btn-default btn-xs'}, label);
  const showFirst = () => holder.replaceChildren(first, error);
  first.addEventListener('click', () => {
    error.textContent = '';
    const yes = el('button', {type: 'button', class: 'btn btn-danger btn-xs'}, confirmLabel);
    const no = el('button', {type: 'button', class: 'btn btn-default btn-xs', onclick: showFirst}, 'Avbryt');
    yes.addEventListener('click', async () => {
      forgetPreviousOutcome(holder);
      yes.disabled = true;
      try {
        await action();
      } catch (e) {
        showFirst();
        error.textContent = e.message;
      }
    });
    holder.replaceChildren(yes, no, error);
  });
  showFirst();
  return holder;
}

class AdministrationPage {

  constructor(node) {
    this.node = node;
    this.kommunenummer = null;
    this.status = '';
  }

  async start() {
    useStylesheet('ledsagerbevis.css');
    try {
      this.municipalities = await administered();
      if (this.municipalities.length === 0) {
        this.show(el('p', {}, 'Du forvalter ingen kommuner som har tatt i bruk tjenesten. Brukergrupper '
            + 'forvaltes av kommunens tjenesteadministratorer.'));
        return;
      }
      this.kommunenummer = this.municipalities[0].kommunenummer;
      await this.reload();
    } catch (e) {
      this.show(el('p', {class: 'ledsagerbevis-feil', role: 'alert'}, e.message));
    }
  }

  api(method, path, body) {
    return callApi(method, '/kommuner/' + this.kommunenummer + path, body);
  }

  /** After a change: reload everything from the API and say what was done. */
  async changed(status) {
    this.status = status;
    await this.reload();
  }

  async reload() {
    const [grupper, brukere, administratorer] = await Promise.all([
      this.api('GET', '/grupper'), this.api('GET', '/brukere'), this.api('GET', '/administratorer')]);
    this.data = {grupper, brukere, administratorer};
    this.render();
  }

  show(...content) {
    this.node.replaceChildren(el('div', {class: 'ledsagerbevis-side'}, content));
  }

  render() {
    const municipality = this.municipalities.find((k) => k.kommunenummer === this.kommunenummer);
    this.show(
        el('a', {href: '#/', class: 'ledsagerbevis-tilbake'}, '← Tilbake til oppgavene'),
        el('h1', {}, 'Brukergrupper – ' + municipality.kommunenavn + ' kommune'),
        this.municipalityChoice(),
        el('p', {class: 'ledsagerbevis-status', role: 'status'}, this.status),
        el('ul', {class: 'ledsagerbevis-regler'}, RULES.map((r) => el('li', {}, r))),
        this.groupsSection(),
        this.usersSection(),
        this.administratorsSection());
    this.status = '';
  }

  municipalityChoice() {
    if (this.municipalities.length < 2) {
      return null;
    }
    const select = el('select', {'aria-label': 'Kommune', class: 'form-control input-sm'},
        this.municipalities.map((k) => el('option', {value: k.kommunenummer,
          selected: k.kommunenummer === this.kommunenummer}, k.kommunenavn)));
    select.addEventListener('change', () => {
      this.kommunenummer = select.value;
      this.reload();
    });
    return el('label', {class: 'ledsagerbevis-felt'}, el('span', {}, 'Kommune'), select);
  }

  groupsSection() {
    const {grupper} = this.data;
    return el('section', {class: 'ledsagerbevis-grupper'},
        el('h2', {}, 'Brukergrupper'),
        grupper.length === 0 ? el('p', {class: 'ledsagerbevis-merk'},
            'Kommunen har ingen brukergrupper ennå. Opprett minst én brukergruppe før du legger til brukere.') : null,
        apiForm('ledsagerbevis-ny-gruppe', [field('Navn på ny gruppe', 'gruppenavn', 'text',
            {placeholder: 'f.eks. Avdeling 3 eller Bydel Frogner'})], 'Opprett gruppe', async (form) => {
          const gruppenavn = value(form, 'gruppenavn');
          await this.api('POST', '/grupper', {gruppenavn});
          await this.changed('Gruppen «' + gruppenavn + '» er opprettet.');
        }),
        grupper.map((g) => this.groupCard(g)));
  }

  membersOf(gruppeId) {
    return this.data.brukere.filter((b) => b.grupper.includes(gruppeId));
  }

  groupCard(group) {
    const members = this.membersOf(group.gruppeId);
    return el('article', {class: 'ledsagerbevis-gruppe', 'data-gruppe-id': group.gruppeId},
        el('h3', {}, group.gruppenavn),
        el('div', {class: 'ledsagerbevis-handlinger'},
            apiForm('ledsagerbevis-nytt-navn', [field('Nytt navn', 'gruppenavn', 'text', {value: group.gruppenavn})],
                'Gi nytt navn', async (form) => {
                  const gruppenavn = value(form, 'gruppenavn');
                  await this.api('PUT', '/grupper/' + encodeURIComponent(group.gruppeId), {gruppenavn});
                  await this.changed('Gruppen heter nå «' + gruppenavn + '».');
                }),
            confirmingButton('Slett gruppe', 'Ja, slett «' + group.gruppenavn + '»', async () => {
              await this.api('DELETE', '/grupper/' + encodeURIComponent(group.gruppeId));
              await this.changed('Gruppen «' + group.gruppenavn + '» er slettet.');
            }),
            el('p', {class: 'ledsagerbevis-hjelp'},
                'En gruppe med åpne saker kan ikke slettes. Medlemmene tas ut av gruppen når den slettes.')),
        members.length === 0 ? el('p', {}, 'Ingen brukere i gruppen ennå.') : el('table', {class: 'table table-condensed'},
            el('thead', {}, el('tr', {}, el('th', {}, 'Brukernavn'), el('th', {}, 'Navn'), el('th', {}, ''))),
            el('tbody', {}, members.map((b) => el('tr', {'data-brukernavn': b.brukernavn},
                el('td', {}, b.brukernavn), el('td', {}, b.navn),
                el('td', {}, confirmingButton('Fjern', 'Ja, fjern ' + b.brukernavn + ' fra gruppen', async () => {
                  await this.api('DELETE', '/grupper/' + encodeURIComponent(group.gruppeId) + '/brukere/'
                      + encodeURIComponent(b.brukernavn));
                  await this.changed(b.brukernavn + ' er fjernet fra «' + group.gruppenavn + '».');
                })))))),
        members.length > 0 ? el('p', {class: 'ledsagerbevis-hjelp'}, REMOVE_FROM_GROUP) : null,
        this.addUserForm(group, members));
  }

  addUserForm(group, members) {
    const candidates = this.data.brukere.filter((b) => !members.some((m) => m.brukernavn === b.brukernavn));
    const newUser = el('fieldset', {class: 'ledsagerbevis-ny-bruker'},
        field('Brukernavn', 'brukernavn', 'text', {autocomplete: 'off'}),
        field('Navn', 'navn', 'text', {autocomplete: 'off'}),
        field('Passord', 'passord', 'password', {autocomplete: 'new-password'}),
        el('p', {class: 'ledsagerbevis-hjelp'}, PASSWORD_HINT));
    const existing = el('fieldset', {class: 'ledsagerbevis-eksisterende-bruker', hidden: true},
        candidates.length === 0 ? el('p', {}, 'Ingen andre brukere i kommunen ennå.')
            : el('label', {class: 'ledsagerbevis-felt'}, el('span', {}, 'Bruker'),
                el('select', {name: 'eksisterende', class: 'form-control input-sm'},
                    candidates.map((b) => el('option', {value: b.brukernavn}, b.navn + ' (' + b.brukernavn + ')')))));
    const choice = (label, kind, checked) => el('label', {class: 'ledsagerbevis-valg'},
        el('input', {type: 'radio', name: 'type', value: kind, checked, onchange: () => {
          newUser.hidden = kind !== 'ny';
          existing.hidden = kind === 'ny';
        }}), ' ' + label);
    return el('div', {class: 'ledsagerbevis-legg-til'},
        el('h4', {}, 'Legg til bruker i «' + group.gruppenavn + '»'),
        apiForm('ledsagerbevis-legg-til-bruker', [choice('Ny bruker', 'ny', true),
          choice('Eksisterende bruker i kommunen', 'eksisterende', false), newUser, existing], 'Legg til',
        async (form) => {
          const isNew = form.querySelector('input[name="type"]:checked').value === 'ny';
          const body = isNew
              ? {brukernavn: value(form, 'brukernavn'), navn: value(form, 'navn'),
                passord: form.querySelector('[name="passord"]').value}
              : {brukernavn: value(form, 'eksisterende')};
          await this.api('POST', '/grupper/' + encodeURIComponent(group.gruppeId) + '/brukere', body);
          await this.changed(body.brukernavn + ' er lagt til i «' + group.gruppenavn + '».');
        }));
  }

  usersSection() {
    const {brukere, grupper} = this.data;
    const nameOf = (gruppeId) => (grupper.find((g) => g.gruppeId === gruppeId) || {gruppenavn: gruppeId}).gruppenavn;
    return el('section', {class: 'ledsagerbevis-alle-brukere'},
        el('h2', {}, 'Alle brukere i kommunen'),
        el('p', {class: 'ledsagerbevis-hjelp'}, REMOVE_FROM_SERVICE),
        brukere.length === 0 ? el('p', {}, 'Ingen brukere ennå.') : el('table', {class: 'table table-condensed'},
            el('thead', {}, el('tr', {}, el('th', {}, 'Brukernavn'), el('th', {}, 'Navn'), el('th', {}, 'Grupper'),
                el('th', {}, ''))),
            el('tbody', {}, brukere.map((b) => el('tr', {'data-brukernavn': b.brukernavn},
                el('td', {}, b.brukernavn), el('td', {}, b.navn),
                el('td', {}, b.grupper.map(nameOf).concat(b.administrator ? ['tjenesteadministrator'] : [])
                    .join(', ')),
                el('td', {}, confirmingButton('Fjern fra tjenesten', 'Ja, fjern ' + b.brukernavn + ' fra tjenesten',
                    async () => {
                      await this.api('DELETE', '/brukere/' + encodeURIComponent(b.brukernavn));
                      await this.changed(b.brukernavn + ' er fjernet fra tjenesten.');
                    })))))));
  }

  administratorsSection() {
    const {administratorer} = this.data;
    return el('section', {class: 'ledsagerbevis-administratorer'},
        el('h2', {}, 'Tjenesteadministratorer'),
        el('p', {class: 'ledsagerbevis-hjelp'}, 'Tjenesteadministratorene forvalter brukergruppene og '
            + 'kommunens innstillinger. Kommunen må ha minst én tjenesteadministrator.'),
        el('table', {class: 'table table-condensed'},
            el('tbody', {}, administratorer.map((a) => el('tr', {'data-brukernavn': a.brukernavn},
                el('td', {}, a.brukernavn), el('td', {}, a.navn),
                el('td', {}, confirmingButton('Fjern', 'Ja, fjern ' + a.brukernavn + ' som tjenesteadministrator',
                    async () => {
                      await this.api('DELETE', '/administratorer/' + encodeURIComponent(a.brukernavn));
                      await this.changed(a.brukernavn + ' er ikke lenger tjenesteadministrator.');
                    })))))),
        el('h4', {}, 'Ny tjenesteadministrator'),
        apiForm('ledsagerbevis-ny-administrator', [
          field('Brukernavn', 'brukernavn', 'text', {autocomplete: 'off'}),
          field('Navn (bare for en ny bruker)', 'navn', 'text', {autocomplete: 'off'}),
          field('Passord (bare for en ny bruker)', 'passord', 'password', {autocomplete: 'new-password'}),
          el('p', {class: 'ledsagerbevis-hjelp'}, 'For en bruker som finnes fra før: fyll bare inn brukernavnet. '
              + PASSWORD_HINT)], 'Legg til', async (form) => {
          const body = {brukernavn: value(form, 'brukernavn')};
          if (value(form, 'navn') || form.querySelector('[name="passord"]').value) {
            body.navn = value(form, 'navn');
            body.passord = form.querySelector('[name="passord"]').value;
          }
          await this.api('POST', '/administratorer', body);
          await this.changed(body.brukernavn + ' er tjenesteadministrator.');
        }));
  }
}

export const brukergrupperLink = {
  id: 'ledsagerbevis.brukergrupper-lenke',
  pluginPoint: 'tasklist.navbar.action',
  priority: 150,
  render: (node) => {
    administered().then((municipalities) => {
      if (municipalities.length > 0) {
        node.appendChild(el('a', {href: '#' + PATH, class: 'ledsagerbevis-brukergrupper-lenke'}, 'Brukergrupper'));
      }
    }).catch(() => {
      // Logged out meanwhile: no link.
    });
  }
};

export const brukergrupperPage = {
  id: 'ledsagerbevis.brukergrupper',
  pluginPoint: 'tasklist.route',
  priority: 0,
  properties: {path: PATH},
  render: (node) => {
    new AdministrationPage(node).start();
  }
};
