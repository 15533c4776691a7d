// Reader URLs ⇄ views. The URL is the whole state, so a link shares the view exactly.
//   /reader/                         home
//   /reader/search?q=&document=&page= search
//   /reader/{doc}                    table of contents
//   /reader/{doc}/{eId}              a unit
//   /reader/{doc}/footnotes/{n}      a footnote
// Every view also takes ?script=hans|hant (the displayed characters).

export const READER = '/reader';

/** The view a location names: {view, doc, eId, footnote, q, document, page, script}. */
export function parseLocation(location) {
  const url = new URL(location.href);
  const script = ['hans', 'hant'].includes(url.searchParams.get('script')) ? url.searchParams.get('script') : null;
  const rest = url.pathname.startsWith(`${READER}/`) ? url.pathname.slice(READER.length + 1) : '';
  const segments = rest === '' ? [] : rest.split('/').map((part) => {
    try { return decodeURIComponent(part); } catch { return part; }
  });
  if (segments.length === 0) return { view: 'home', script };
  if (segments.length === 1 && segments[0] === 'search') {
    const page = Math.max(1, Math.min(10000, Number.parseInt(url.searchParams.get('page') || '1', 10) || 1));
    return { view: 'search', q: url.searchParams.get('q') || '', document: url.searchParams.get('document') || '', page, script };
  }
  if (segments.length === 1) return { view: 'document', doc: segments[0], script };
  if (segments.length === 2) return { view: 'unit', doc: segments[0], eId: segments[1], script };
  if (segments.length === 3 && segments[1] === 'footnotes') return { view: 'footnote', doc: segments[0], footnote: segments[2], script };
  return { view: 'unknown', path: url.pathname, script };
}

/** `/reader/{doc}/{eId}`: the stable link form (no query; the script is carried on navigation). */
export const unitHref = (doc, eId) => `${READER}/${encodeURIComponent(doc)}/${encodeURIComponent(eId)}`;
export const documentHref = (doc) => `${READER}/${encodeURIComponent(doc)}`;
export const footnoteHref = (doc, number) => `${READER}/${encodeURIComponent(doc)}/footnotes/${number}`;

/** `/reader/search?q=…` with the given filter and page. */
export function searchHref(q, { document = '', page = 1 } = {}) {
  const query = new URLSearchParams({ q });
  if (document) query.set('document', document);
  if (page > 1) query.set('page', String(page));
  return `${READER}/search?${query}`;
}

/** A reader href from an API url (`/v1/documents/iccpr/provisions/art_7` → `/reader/iccpr/art_7`). */
export function readerHrefForAPI(url, doc, eId) {
  const footnote = /^\/v1\/documents\/([^/]+)\/footnotes\/(\d+)$/.exec(url || '');
  if (footnote) return footnoteHref(decodeURIComponent(footnote[1]), footnote[2]);
  return unitHref(doc, eId);
}

/** Adds the current script to an in-reader href (keeps any query it has). */
export function withScript(href, script) {
  if (!script) return href;
  const url = new URL(href, window.location.origin);
  url.searchParams.set('script', script);
  return url.pathname + url.search + url.hash;
}
