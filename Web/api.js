// The reader's only window on the server: the public /v1 API, exactly as a third party would use it.

/** A non-2xx answer: `status` and the RFC 9457 problem (`detail`, …) when the server sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `the API answered ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Builds `/v1/…?name=value` from a path and parameters (undefined/null/'' skipped). */
export function apiURL(path, parameters = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** GET a JSON body; throws ApiError for problems, TypeError when the network fails. */
export async function getJSON(path, parameters = {}, { signal } = {}) {
  const response = await fetch(apiURL(path, parameters), { headers: { Accept: 'application/json' }, signal });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

const enc = encodeURIComponent;

export const api = {
  documents: (script) => getJSON('/v1/documents', { script }),
  document: (doc, script) => getJSON(`/v1/documents/${enc(doc)}`, { script }),
  unit: (doc, eId, script) => getJSON(`/v1/documents/${enc(doc)}/provisions/${enc(eId)}`, { script }),
  footnote: (doc, number, script) => getJSON(`/v1/documents/${enc(doc)}/footnotes/${enc(number)}`, { script }),
  search: (q, { document, limit, offset, script }) => getJSON('/v1/search', { q, document, limit, offset, script }),
  resolve: (cite) => getJSON('/v1/resolve', { cite }),
};
