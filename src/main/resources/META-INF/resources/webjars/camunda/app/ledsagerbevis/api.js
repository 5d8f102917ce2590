// Calls from our scripts in the webapps to /api/v1, authenticated by the webapps' login session. A modifying call
// carries the session's CSRF token (the XSRF-TOKEN cookie Camunda sets) in X-XSRF-TOKEN, or the API refuses it.
export const API_ROOT = '/api/v1';

/** An answer of the API that is not a success, with the Norwegian text to show the user. */
export class ApiError extends Error {
  constructor(status, message, fieldErrors) {
    super(message);
    this.status = status;
    this.fieldErrors = fieldErrors || [];
  }
}

function csrfToken() {
  const cookie = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function errorOf(response) {
  if (response.status === 401) {
    return new ApiError(401, 'Du er ikke lenger innlogget. Last siden på nytt og logg inn igjen.');
  }
  let problem = {};
  try {
    problem = await response.json();
  } catch (e) {
    // Not problem+json (a proxy's error page): the status text below is all there is.
  }
  const fieldErrors = Array.isArray(problem.feil) ? problem.feil : [];
  const message = fieldErrors.length > 0 ? fieldErrors.map((f) => f.melding).join(' ')
      : (problem.detail || problem.title || 'Noe gikk galt (HTTP ' + response.status + '). Prøv igjen.');
  return new ApiError(response.status, message, fieldErrors);
}

/**
 * Calls the API; resolves with the JSON answer (null for 204), rejects with an ApiError. A File, Blob or FormData
 * body is sent as it is (the browser sets its content type); anything else as JSON.
 */
export async function callApi(method, path, body) {
  const headers = {'Accept': 'application/json, application/problem+json', 'X-XSRF-TOKEN': csrfToken()};
  const raw = body instanceof Blob || body instanceof FormData;
  if (body !== undefined && !raw) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(API_ROOT + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined || raw ? body : JSON.stringify(body)
    });
  } catch (e) {
    throw new ApiError(0, 'Fikk ikke kontakt med tjenesten. Sjekk nettverket og prøv igjen.');
  }
  if (!response.ok) {
    throw await errorOf(response);
  }
  return response.status === 204 ? null : response.json();
}

export const getJson = (path) => callApi('GET', path);

/** The API's message for one field of the request, or null. */
export function fieldMessage(error, field) {
  const messages = (error.fieldErrors || []).filter((f) => f.felt === field).map((f) => f.melding);
  return messages.length > 0 ? messages.join(' ') : null;
}
