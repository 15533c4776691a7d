// Home: both documents with title, symbol, language and counts; search and the citation box.
import { h } from '../dom.js';
import { api } from '../api.js';
import { documentHref } from '../route.js';
import { textLang } from '../labels.js';
import { pageHeading, citationBox } from './common.js';
import { searchForm } from './search.js';

const countNames = [['articles', 'articles'], ['recitals', 'preambular paragraphs'], ['topLevelUnits', 'top-level units'],
  ['units', 'units in all'], ['footnotes', 'footnotes'], ['errata', 'errata'], ['references', 'cross-references']];

export async function renderHome(state, navigate) {
  const { items } = await api.documents(state.script);
  return {
    title: 'RightsAPI Reader',
    content: [
      pageHeading('Two UN human-rights texts in Chinese'),
      h('p', { class: 'lead' }, 'Read General Assembly resolution A/RES/62/148 and the International Covenant on Civil and Political Rights as printed, with footnotes, cross-references, errata and ready-to-paste citations.'),
      h('section', { 'aria-labelledby': 'documents-heading' },
        h('h2', { id: 'documents-heading' }, 'Documents'),
        h('ul', { class: 'document-cards' }, items.map((document) => documentCard(document, state.script)))),
      h('section', { 'aria-labelledby': 'search-heading', class: 'home-search' },
        h('h2', { id: 'search-heading' }, 'Search both texts'),
        searchForm({ q: '', document: '', documents: items, id: 'home' })),
      citationBox(navigate),
    ],
  };
}

function documentCard(document, script) {
  const counts = document.counts || {};
  return h('li', { class: 'document-card' },
    h('h3', {}, h('a', { href: documentHref(document.id), lang: textLang(document.language, script) }, document.title)),
    h('p', { class: 'document-meta' },
      h('span', { class: 'symbol' }, document.symbol), ' · ', document.titleEnglish ? h('span', { lang: 'en' }, document.titleEnglish) : null,
      document.titleEnglish ? ' · ' : null, `original language ${document.language}`, document.kind ? ` · ${document.kind}` : ''),
    h('ul', { class: 'counts', 'aria-label': `Counts for ${document.symbol}` },
      countNames.filter(([key]) => Number.isFinite(counts[key]) && counts[key] > 0)
        .map(([key, label]) => h('li', {}, h('strong', {}, String(counts[key])), ` ${label}`))),
    h('p', {}, h('a', { href: documentHref(document.id), class: 'button-link' }, `Contents of ${document.symbol}`)));
}
