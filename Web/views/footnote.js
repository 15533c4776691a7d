// A footnote on its own page: its text, parsed citation, and every place in the text that cites it.
import { h } from '../dom.js';
import { api } from '../api.js';
import { unitHref, documentHref } from '../route.js';
import { documentLang, eIdLabel } from '../labels.js';
import { citationDetails } from '../footnotes.js';
import { pageHeading } from './common.js';

export async function renderFootnote(state) {
  const footnote = await api.footnote(state.doc, state.footnote, state.script);
  const lang = documentLang(footnote.document, state.script);
  return {
    title: `Footnote ${footnote.number} — ${footnote.document}`,
    content: [
      h('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumbs' }, h('a', { href: '/reader/' }, 'Both texts'), ' › ',
        h('a', { href: documentHref(footnote.document) }, footnote.document)),
      pageHeading(`Footnote ${footnote.number}`),
      h('div', { class: 'unit', 'data-eid': footnote.eId }, h('p', { lang }, footnote.text)),
      h('section', { class: 'panel', 'aria-labelledby': 'fn-citation-heading' },
        h('h2', { id: 'fn-citation-heading' }, 'Parsed citation'), h('p', {}, citationDetails(footnote.citation))),
      h('section', { class: 'panel', 'aria-labelledby': 'fn-anchors-heading' },
        h('h2', { id: 'fn-anchors-heading' }, 'Cited at'),
        h('ul', {}, (footnote.anchors || []).map((anchor) => h('li', {},
          h('a', { href: unitHref(footnote.document, anchor.eId) }, eIdLabel(anchor.eId)))))),
    ],
  };
}
