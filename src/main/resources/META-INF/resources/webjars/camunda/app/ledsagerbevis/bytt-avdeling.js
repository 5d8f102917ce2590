import {callApi, getJson} from './api.js';
import {el, useStylesheet} from './dom.js';

// «Bytt avdeling» in Tasklist's header (K16). A user in several user groups works in one at a time; switching makes
// the API change the user's Camunda groups and refresh the login session, and Tasklist is then loaded afresh (on
// its start page: the old group's filter and task are no longer the user's), so filters and tasks follow at once.

function groupsOf(me) {
  const severalMunicipalities = me.kommuner.filter((k) => k.grupper.length > 0).length > 1;
  return me.kommuner.flatMap((k) => k.grupper.map((g) => ({
    gruppeId: g.gruppeId,
    label: severalMunicipalities ? g.gruppenavn + ' (' + k.kommunenavn + ')' : g.gruppenavn,
    aktiv: g.aktiv
  })));
}

function reloadTasklistStartPage() {
  window.location.replace(window.location.pathname);
}

function switcher(groups) {
  const error = el('span', {class: 'ledsagerbevis-avdeling-feil', role: 'alert'});
  const select = el('select', {'aria-label': 'Bytt avdeling', title: 'Bytt avdeling'},
      groups.map((g) => el('option', {value: g.gruppeId, selected: g.aktiv}, g.label)));
  const active = groups.find((g) => g.aktiv);
  select.addEventListener('change', async () => {
    select.disabled = true;
    error.textContent = '';
    try {
      await callApi('PUT', '/meg/aktiv-gruppe', {gruppeId: select.value});
      reloadTasklistStartPage();
    } catch (e) {
      error.textContent = e.message;
      select.value = active ? active.gruppeId : select.value;
      select.disabled = false;
    }
  });
  return el('label', {class: 'ledsagerbevis-avdeling'}, el('span', {}, 'Bytt avdeling:'), select, error);
}

function activeGroupOnly(group) {
  return el('span', {class: 'ledsagerbevis-avdeling', title: 'Avdelingen du jobber i'},
      el('span', {}, 'Avdeling:'), el('strong', {class: 'ledsagerbevis-aktiv-avdeling'}, group.label));
}

export default {
  id: 'ledsagerbevis.bytt-avdeling',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    useStylesheet('ledsagerbevis.css');
    getJson('/meg').then((me) => {
      const groups = groupsOf(me);
      if (groups.length > 1) {
        node.appendChild(switcher(groups));
      } else if (groups.length === 1) {
        node.appendChild(activeGroupOnly(groups[0]));
      }
    }).catch(() => {
      // Not our user (or logged out meanwhile): the header simply has no department.
    });
  }
};
