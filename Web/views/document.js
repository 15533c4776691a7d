// A document's table of contents: preamble, articles or operative paragraphs, with each label as
// printed and its number, nested as printed.
import { h } from '../dom.js';
import { api } from '../api.js';
import { unitHref } from '../route.js';
import { textLang, typeName } from '../labels.js';
import { pageHeading, citationBox } from './common.js';

const groups = [
  { id: 'preamble', title: 'Preamble', types: ['preface', 'formula', 'recital'] },
  { id: 'articles', title: 'Articles', types: ['article'] },
  { id: 'operative', title: 'Operative paragraphs', types: ['paragraph'] },
];

export async function renderDocument(state, navigate) {
  const document = await api.document(state.doc, state.script);
  const lang = textLang(document.language, state.script);
  const toc = document.toc || [];
  const sections = [];
  const placed = new Set();
  for (const group of groups) {
    const nodes = toc.filter((node) => group.types.includes(node.type));
    if (nodes.length === 0) continue;
    nodes.forEach((node) => placed.add(node));
    sections.push(tocSection(group.id, group.title, nodes, document.id, lang));
  }
  const rest = toc.filter((node) => !placed.has(node));
  if (rest.length) sections.push(tocSection('other', 'Other parts', rest, document.id, lang));
  return {
    title: `${document.symbol} — contents`,
    content: [
      h('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumbs' }, h('a', { href: '/reader/' }, 'Both texts'), ' › ', document.symbol),
      pageHeading(h('span', { lang }, document.title)),
      h('p', { class: 'document-meta' }, h('span', { class: 'symbol' }, document.symbol),
        document.titleEnglish ? [' · ', h('span', { lang: 'en' }, document.titleEnglish)] : null, ` · ${document.language}`),
      h('nav', { class: 'toc', 'aria-label': `Contents of ${document.symbol}` }, sections),
      citationBox(navigate),
    ],
  };
}

function tocSection(id, title, nodes, doc, lang) {
  return h('section', { 'aria-labelledby': `toc-${id}` },
    h('h2', { id: `toc-${id}` }, title),
    tocList(nodes, doc, lang, 0));
}

function tocList(nodes, doc, lang, depth) {
  return h('ol', { class: `toc-list depth-${depth}` }, nodes.map((node) => h('li', {},
    h('a', { href: unitHref(doc, node.eId) },
      node.num ? h('span', { class: 'num', lang }, node.num) : h('span', { class: 'num' }, typeName(node.type)),
      node.ordinal !== null && node.ordinal !== undefined ? h('span', { class: 'ordinal' }, ` ${typeName(node.type)} ${node.ordinal}`) : null),
    node.children && node.children.length ? tocList(node.children, doc, lang, depth + 1) : null)));
}
