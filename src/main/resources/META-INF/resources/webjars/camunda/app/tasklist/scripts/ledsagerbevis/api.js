// Calls to our API (/api/v1) from Tasklist, as the logged-in webapp user: the session cookie travels with the
// request, and the webapps' CSRF token goes in X-XSRF-TOKEN so that a forged cross-site request is refused.
const API = '/api/v1';
const CSRF_COOKIE = 'XSRF-TOKEN';

export class ApiError extends Error {
  constructor(message, status, feil) {
    super(message);
    this.status = status;
    this.feil = feil;
  }

  /** The message for one field, or null. */
  feltmelding(felt) {
    const funnet = this.feil.filter((f) => f.felt === felt).map((f) => f.melding);
    return funnet.length ? funnet.join(' ') : null;
  }
}

export function apiUrl(path) {
  return API + path;
}

export function caseUrl(sak, rest = '') {
  return '/kommuner/' + encodeURIComponent(sak.kommunenummer) + '/grupper/' + encodeURIComponent(sak.gruppeId)
    + '/saker/' + encodeURIComponent(sak.saksId) + rest;
}

function csrfToken() {
  const match = document.cookie.match(new RegExp('(?:^|;\\s*)' + CSRF_COOKIE + '=([^;]*)'));
  return match ? decodeURIComponent(match[1]) : '';
}

/**
 * @param options.json  a value sent as JSON
 * @param options.body  a Blob/File/FormData sent as it is (with options.contentType for a Blob)
 * @returns the JSON answer, or null for 204
 */
export async function call(method, path, options = {}) {
  const headers = { Accept: 'application/json, application/problem+json', 'X-XSRF-TOKEN': csrfToken() };
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.contentType) {
    headers['Content-Type'] = options.contentType;
  }
  let response;
  try {
    response = await fetch(apiUrl(path), { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError('Fikk ikke kontakt med tjenesten. Sjekk nettverket og prøv igjen.', 0, []);
  }
  if (!response.ok) {
    throw await problem(response);
  }
  return response.status === 204 ? null : response.json();
}

async function problem(response) {
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null;
  }
  const feil = data && Array.isArray(data.feil) ? data.feil : [];
  const message = (data && data.detail) || (response.status === 401
    ? 'Du er logget ut. Last siden på nytt og logg inn igjen.'
    : 'Noe gikk galt (HTTP ' + response.status + '). Prøv igjen.');
  return new ApiError(message, response.status, feil);
}
