// "Not found": says what was asked for and lists what exists (the documents, or the document's
// top-level units), so a mistyped link still leads somewhere.
import { h } from '../dom.js';
import { api } from '../api.js';
import { documentHref, unitHref } from '../route.js';
import { textLang, typeName } from '../labels.js';
import { pageHeading } from './common.js';

export async function renderNotFound(state, problem) {
  const content = [pageHeading('Not found')];
  const asked = state.eId ? `${state.doc} / ${state.eId}` : state.footnote ? `${state.doc} footnote ${state.footnote}` : state.doc || state.path;
  content.push(h('p', { class: 'not-found-what' }, 'There is nothing at ', h('code', {}, asked || window.location.pathname), '.'));
  if (problem?.detail) content.push(h('p', { class: 'not-found-detail' }, `The API says: ${problem.detail}`));
  const { items } = await api.documents(state.script);
  const document = items.find((item) => item.id === state.doc);
  if (document && (state.eId || state.footnote)) {
    const detail = await api.document(document.id, state.script);
    const lang = textLang(detail.language, state.script);
    content.push(h('section', { 'aria-labelledby': 'exists-heading' },
      h('h2', { id: 'exists-heading' }, `What ${document.symbol} has`),
      h('ol', { class: 'exists-list' }, (detail.toc || []).map((node) => h('li', {},
        h('a', { href: unitHref(document.id, node.eId) }, node.num ? h('span', { lang }, node.num) : typeName(node.type), ` (${node.eId})`))))));
  } else {
    content.push(h('section', { 'aria-labelledby': 'exists-heading' },
      h('h2', { id: 'exists-heading' }, 'The documents'),
      h('ul', {}, items.map((item) => h('li', {},
        h('a', { href: documentHref(item.id) }, h('span', { lang: textLang(item.language, state.script) }, item.title), ` (${item.symbol})`))))));
  }
  return { title: 'Not found — RightsAPI Reader', content };
}
