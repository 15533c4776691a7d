// Search: results with highlighted snippets, each hit's citation, a document filter and paging.
// A query in either script finds both texts (the API folds scripts).
import { h } from '../dom.js';
import { api } from '../api.js';
import { searchHref, readerHrefForAPI } from '../route.js';
import { documentLang, eIdLabel } from '../labels.js';
import { pageHeading } from './common.js';

export const pageSize = 10;
const documentNames = [['', 'Both texts'], ['a-res-62-148', 'A/RES/62/148'], ['iccpr', 'ICCPR']];

/** The search form: `<form role="search">` with `<input type="search" name="q">` and a document filter. */
export function searchForm({ q, document, id }) {
  return h('form', { role: 'search', action: '/reader/search', method: 'get', class: 'search-form', 'aria-label': 'Search the texts' },
    h('label', { for: `${id}-q` }, 'Words or phrase (简 or 繁)'),
    h('input', { type: 'search', name: 'q', id: `${id}-q`, value: q, maxlength: '256' }),
    h('label', { for: `${id}-document` }, 'In'),
    h('select', { name: 'document', id: `${id}-document` },
      documentNames.map(([value, label]) => h('option', { value, selected: value === document }, label))),
    h('button', { type: 'submit' }, 'Search'));
}

export async function renderSearch(state) {
  const form = searchForm({ q: state.q, document: state.document, id: 'search' });
  if (!state.q.trim()) {
    return { title: 'Search — RightsAPI Reader', content: [pageHeading('Search'), form] };
  }
  const offset = (state.page - 1) * pageSize;
  const results = await api.search(state.q, { document: state.document || undefined, limit: pageSize, offset, script: state.script });
  const hits = results.hits || [];
  const total = results.total || 0;
  const first = total === 0 ? 0 : offset + 1;
  const last = offset + hits.length;
  return {
    title: `${state.q} — search — RightsAPI Reader`,
    content: [
      pageHeading('Search results'),
      form,
      h('p', { class: 'result-count', role: 'status' },
        total === 0 ? ['No unit contains ', h('q', {}, state.q), '.'] : [`Results ${first}–${last} of ${total} for `, h('q', {}, state.q)]),
      h('ol', { class: 'search-results', start: String(first || 1) }, hits.map((hit) => searchHit(hit, state.script))),
      pager(state, total),
    ],
  };
}

function searchHit(hit, script) {
  const href = readerHrefForAPI(hit.url, hit.document, hit.eId);
  const name = hit.citation?.english || `${hit.document} ${eIdLabel(hit.eId)}`;
  return h('li', { class: 'search-hit' },
    h('h2', { class: 'hit-title' }, h('a', { href }, name)),
    hit.citation?.chinese ? h('p', { class: 'hit-citation', lang: documentLang(hit.document, script) }, hit.citation.chinese) : null,
    h('p', { class: 'snippet', lang: documentLang(hit.document, script) }, highlighted(hit.snippet || '', hit.snippetHighlights || [])),
    hit.kind === 'footnote' ? h('p', { class: 'hint' }, 'In a footnote') : null);
}

/** The snippet with each highlight (code-point offsets) in <mark>. */
export function highlighted(snippet, spans) {
  const characters = Array.from(snippet);
  const parts = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(characters.length, span.start));
    const end = Math.max(start, Math.min(characters.length, span.end));
    if (start > at) parts.push(characters.slice(at, start).join(''));
    if (end > start) parts.push(h('mark', {}, characters.slice(start, end).join('')));
    at = end;
  }
  if (at < characters.length) parts.push(characters.slice(at).join(''));
  return parts;
}

function pager(state, total) {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  const link = (page, text, rel) => h('a', { href: searchHref(state.q, { document: state.document, page }), rel }, text);
  return h('nav', { class: 'pager', 'aria-label': 'Result pages' },
    state.page > 1 ? link(state.page - 1, '← Previous page', 'prev') : h('span'),
    h('span', { class: 'page-number' }, `Page ${state.page} of ${pages}`),
    state.page < pages ? link(state.page + 1, 'Next page →', 'next') : h('span'));
}
