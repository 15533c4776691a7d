// A unit's printed text with its annotations laid over it: cross-reference links, errata marks
// (printed text kept; the intended reading and the note on hover and keyboard focus) and
// footnote markers. All offsets from the API count Unicode scalars (code points).
import { h } from './dom.js';
import { unitHref, readerHrefForAPI } from './route.js';
import { eIdLabel } from './labels.js';

let uniqueCounter = 0;

/** Renders `unit.text` with `unit`'s own references, errata and footnotes; returns a DocumentFragment. */
export function annotatedText(unit) {
  const characters = Array.from(unit.text || '');
  const length = characters.length;
  const clamp = (value) => Math.max(0, Math.min(length, Number(value) || 0));
  const references = (unit.references || [])
    .filter((reference) => reference.type !== 'thematic' && reference.source?.eId === unit.eId)
    .map((reference) => ({ reference, start: clamp(reference.source.start), end: clamp(reference.source.end) }))
    .filter((span) => span.end > span.start);
  const errata = (unit.errata || [])
    .map((erratum) => {
      const start = clamp(erratum.offset);
      return { erratum, start, end: clamp(start + Array.from(erratum.printed || '').length), id: `erratum-${++uniqueCounter}`, noted: false };
    })
    .filter((span) => span.end > span.start);
  const markers = (unit.footnotes || []).map((footnote) => ({ footnote, at: clamp(footnote.offset) }));

  const cuts = new Set([0, length]);
  for (const span of [...references, ...errata]) { cuts.add(span.start); cuts.add(span.end); }
  for (const marker of markers) cuts.add(marker.at);
  const points = [...cuts].sort((a, b) => a - b);

  const fragment = document.createDocumentFragment();
  for (let index = 0; index < points.length; index += 1) {
    const at = points[index];
    for (const marker of markers.filter((m) => m.at === at)) fragment.append(footnoteMarker(unit, marker.footnote));
    const end = points[index + 1];
    if (end === undefined || end <= at) continue;
    const text = characters.slice(at, end).join('');
    const reference = references.find((span) => span.start <= at && span.end >= end);
    const erratum = errata.find((span) => span.start <= at && span.end >= end);
    fragment.append(segment(text, reference?.reference, erratum));
  }
  return fragment;
}

function segment(text, reference, erratum) {
  let inner = document.createTextNode(text);
  if (erratum) inner = h('mark', { class: 'erratum-printed' }, inner);
  let focusable = inner;
  if (reference) {
    inner = referenceLink(reference, inner);
    focusable = inner;
  }
  if (!erratum) return inner;
  focusable.setAttribute('aria-describedby', erratum.id);
  if (!reference) focusable.setAttribute('tabindex', '0');
  const wrapper = h('span', { class: 'erratum' }, inner);
  if (!erratum.noted) {
    erratum.noted = true;
    const { printed, intended, note } = erratum.erratum;
    wrapper.append(h('span', { class: 'erratum-note', role: 'tooltip', id: erratum.id },
      'Erratum: printed ', h('span', { lang: 'zh' }, printed), ', read ', h('strong', { lang: 'zh' }, intended),
      note ? h('span', { class: 'erratum-why' }, ` — ${note}`) : null));
  }
  return wrapper;
}

function referenceLink(reference, content) {
  const targets = (reference.targets || []).filter((target) => target.document && target.eId);
  if (targets.length === 0) {
    const title = reference.external ? describeExternal(reference.external) : 'reference without a target in these texts';
    return h('span', { class: `reference reference-${reference.type}`, title }, content);
  }
  const [first, ...others] = targets;
  const link = h('a', {
    class: `reference reference-${reference.type}`,
    href: readerHrefForAPI(first.url, first.document, first.eId),
    title: `Go to ${eIdLabel(first.eId)}${first.document !== reference.source?.document ? ` (${first.document})` : ''}`,
  }, content);
  if (others.length === 0) return link;
  const group = h('span', { class: 'reference-group' }, link);
  for (const target of others) {
    group.append(h('a', { class: 'reference-extra', href: unitHref(target.document, target.eId), title: `Also: ${eIdLabel(target.eId)}` },
      h('sup', {}, '+'), h('span', { class: 'visually-hidden' }, ` also ${eIdLabel(target.eId)}`)));
  }
  return group;
}

function describeExternal(external) {
  if (typeof external === 'string') return external;
  return [external.title, external.symbol, external.instrument, external.citation].filter(Boolean).join(' · ') || 'external instrument';
}

function footnoteMarker(unit, footnote) {
  return h('sup', { class: 'footnote-ref' },
    h('button', {
      type: 'button',
      class: 'footnote-marker',
      'data-footnote': footnote.number,
      'data-document': unit.document,
      'aria-expanded': 'false',
      'aria-label': `Footnote ${footnote.number}`,
    }, String(footnote.number)));
}
