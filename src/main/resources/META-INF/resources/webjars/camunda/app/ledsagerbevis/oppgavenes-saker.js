// Which case each task belongs to, from POST /api/v1/oppgaver/saker. The cards of one list page ask at
// nearly the same moment; their ids are collected and sent in one call. Answers are kept for a short while
// so that Tasklist's periodic refresh of the list does not ask again for every card.
import { API_ROOT, callApi } from './api.js';

const BATCH_DELAY_MS = 30;
const MAX_PER_CALL = 100;
const FRESH_MS = 30000;

const known = new Map();
const waiting = new Map();
let timer = null;

/** The path of a case in the API (below /api/v1), or of something of it ({@code rest}). */
export function casePath(sak, rest = '') {
  return '/kommuner/' + encodeURIComponent(sak.kommunenummer) + '/grupper/' + encodeURIComponent(sak.gruppeId)
    + '/saker/' + encodeURIComponent(sak.saksId) + rest;
}

/** The same as a URL the browser can load (an image, a download). */
export function caseUrl(sak, rest = '') {
  return API_ROOT + casePath(sak, rest);
}

/** Resolves to the task's case ({saksId, kommunenummer, gruppeId, referansenummer, navn, status}) or null. */
export function caseOfTask(taskId, { fresh = false } = {}) {
  const hit = known.get(taskId);
  if (!fresh && hit && Date.now() - hit.at < FRESH_MS) {
    return Promise.resolve(hit.sak);
  }
  return new Promise((resolve, reject) => {
    if (!waiting.has(taskId)) {
      waiting.set(taskId, []);
    }
    waiting.get(taskId).push({ resolve, reject });
    if (!timer) {
      timer = setTimeout(flush, BATCH_DELAY_MS);
    }
  });
}

function flush() {
  timer = null;
  const batch = new Map(waiting);
  waiting.clear();
  const ids = [...batch.keys()];
  for (let i = 0; i < ids.length; i += MAX_PER_CALL) {
    const chunk = ids.slice(i, i + MAX_PER_CALL);
    callApi('POST', '/oppgaver/saker', { oppgaveIder: chunk })
      .then(({ saker }) => {
        const byTask = new Map(saker.map((sak) => [sak.oppgaveId, sak]));
        chunk.forEach((id) => {
          const sak = byTask.get(id) || null;
          known.set(id, { sak, at: Date.now() });
          batch.get(id).forEach((w) => w.resolve(sak));
        });
      })
      .catch((error) => chunk.forEach((id) => batch.get(id).forEach((w) => w.reject(error))));
  }
}
