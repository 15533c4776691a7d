// A unit with all its children nested as printed, its footnote markers, cross-reference links,
// errata, citations, "referred to by", previous/next and thematic links. One API request.
import { h } from '../dom.js';
import { api } from '../api.js';
import { unitHref, documentHref } from '../route.js';
import { documentLang, documentSymbol, eIdLabel, referenceTypeNames } from '../labels.js';
import { annotatedText } from '../text.js';
import { pageHeading, copyButton } from './common.js';

export async function renderUnit(state) {
  const unit = await api.unit(state.doc, state.eId, state.script);
  const lang = documentLang(unit.document, state.script);
  const thematic = [...(unit.references || []), ...(unit.referencedBy || [])].filter((reference) => reference.type === 'thematic');
  const referredBy = collectReferredBy(unit);
  return {
    title: `${unit.citation?.english || unit.eId} — RightsAPI Reader`,
    content: [
      breadcrumbs(unit),
      pageHeading(h('span', { lang: 'en' }, unit.citation?.english || eIdLabel(unit.eId)),
        ' ', h('span', { class: 'heading-chinese', lang }, unit.citation?.chinese || '')),
      h('article', { class: 'unit-view', 'aria-label': unit.citation?.english || unit.eId }, renderUnitTree(unit, lang, 0)),
      neighbours(unit),
      citationPanel(unit, lang),
      thematic.length ? thematicPanel(unit, thematic) : null,
      referredByPanel(unit, referredBy),
    ],
  };
}

function breadcrumbs(unit) {
  const trail = [h('a', { href: '/reader/' }, 'Both texts'), ' › ', h('a', { href: documentHref(unit.document) }, documentSymbol(unit.document))];
  if (unit.parent) trail.push(' › ', h('a', { href: unitHref(unit.document, unit.parent.eId), rel: 'up' }, `Up: ${eIdLabel(unit.parent.eId)}`));
  return h('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumbs' }, trail);
}

/** The unit element: label as printed, text with annotations, then its children, recursively. */
function renderUnitTree(unit, lang, depth) {
  const label = unit.num
    ? (depth === 0 ? h('span', { class: 'num', lang }, unit.num) : h('a', { class: 'num', lang, href: unitHref(unit.document, unit.eId), title: `Open ${eIdLabel(unit.eId)} on its own` }, unit.num))
    : null;
  const text = unit.text ? h('span', { class: 'unit-text', lang }, annotatedText(unit)) : null;
  const children = unit.children || [];
  return h('div', { class: `unit unit-${unit.type} depth-${Math.min(depth, 4)}`, 'data-eid': unit.eId, id: depth === 0 ? null : unit.eId },
    h('p', { class: 'unit-line' }, label, label && text ? ' ' : null, text),
    children.length ? h('div', { class: 'unit-children' }, children.map((child) => renderUnitTree(child, lang, depth + 1))) : null);
}

/** Previous/next in reading order (`readingPrevious`/`readingNext` when the API gives them, else same-type siblings). */
function neighbours(unit) {
  const previous = unit.readingPrevious ?? unit.previous;
  const next = unit.readingNext ?? unit.next;
  if (!previous && !next) return null;
  return h('nav', { class: 'prev-next', 'aria-label': 'Previous and next' },
    previous ? h('a', { href: unitHref(unit.document, previous.eId), rel: 'prev' }, '← Previous: ', eIdLabel(previous.eId)) : h('span'),
    next ? h('a', { href: unitHref(unit.document, next.eId), rel: 'next' }, 'Next: ', eIdLabel(next.eId), ' →') : h('span'));
}

function citationPanel(unit, lang) {
  if (!unit.citation) return null;
  return h('section', { class: 'panel citation-panel', 'aria-labelledby': 'citation-heading' },
    h('h2', { id: 'citation-heading' }, 'Cite this'),
    h('dl', { class: 'citations' },
      h('dt', {}, 'English'), h('dd', {}, h('code', { lang: 'en', class: 'citation-text' }, unit.citation.english), ' ', copyButton(unit.citation.english, 'English citation')),
      h('dt', {}, 'Chinese · 中文'), h('dd', {}, h('code', { lang, class: 'citation-text' }, unit.citation.chinese), ' ', copyButton(unit.citation.chinese, 'Chinese citation'))));
}

function thematicPanel(unit, references) {
  return h('section', { class: 'panel thematic-panel', 'aria-labelledby': 'thematic-heading' },
    h('h2', { id: 'thematic-heading' }, 'Related in the other text'),
    h('ul', {}, references.map((reference) => {
      const others = [reference.source, ...(reference.targets || [])]
        .filter((end) => end && end.eId && !(end.document === unit.document && end.eId === unit.eId));
      return h('li', {},
        h('strong', {}, reference.text || 'Related'), ': ',
        others.map((end, index) => [index ? ', ' : '', h('a', { href: unitHref(end.document, end.eId) }, `${documentSymbol(end.document)} ${eIdLabel(end.eId)}`)]),
        reference.rationale ? h('p', { class: 'rationale', lang: 'en' }, reference.rationale) : null);
    })));
}

/** Every non-thematic reference pointing at this unit or one of its descendants. */
function collectReferredBy(unit) {
  const all = [];
  const visit = (node) => {
    for (const reference of node.referencedBy || []) if (reference.type !== 'thematic') all.push({ reference, target: node.eId });
    for (const child of node.children || []) visit(child);
  };
  visit(unit);
  return all;
}

function referredByPanel(unit, entries) {
  return h('section', { class: 'panel referred-panel', 'aria-labelledby': 'referred-heading' },
    h('h2', { id: 'referred-heading' }, 'Referred to by'),
    entries.length === 0
      ? h('p', { class: 'hint' }, 'No provision of these texts refers to this unit.')
      : h('ul', {}, entries.map(({ reference, target }) => h('li', {},
        h('a', { href: unitHref(reference.source.document, reference.source.eId) },
          `${documentSymbol(reference.source.document)} ${eIdLabel(reference.source.eId)}`),
        ` ${referenceTypeNames[reference.type] || reference.type} `,
        h('span', { lang: documentLang(reference.source.document) }, `“${reference.text}”`),
        target !== unit.eId ? ` (→ ${eIdLabel(target)})` : null))));
}

