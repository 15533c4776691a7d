// Words the reader shows around the texts, and the language tag of each text.

/** BCP 47 tag of a text: the converted script when ?script= is set, else the document's own. */
export function textLang(documentLanguage, script) {
  if (script === 'hans') return 'zh-Hans';
  if (script === 'hant') return 'zh-Hant';
  return documentLanguage || 'zh';
}

/** Original language of the bundled documents, used before a document's metadata is known. */
export const knownLanguages = { 'a-res-62-148': 'zh-Hans', iccpr: 'zh-Hant' };

export function documentLang(doc, script) {
  return textLang(knownLanguages[doc], script);
}

const typeNames = {
  article: 'Article', paragraph: 'Paragraph', item: 'Item', subitem: 'Sub-item', recital: 'Preambular paragraph',
  preface: 'Preface', formula: 'Formula', conclusion: 'Closing', footnote: 'Footnote', authorialNote: 'Footnote',
};

export function typeName(type) {
  return typeNames[type] || (type ? type[0].toUpperCase() + type.slice(1) : 'Unit');
}

/** A readable name from an eId alone: `art_14__para_3__list_1__point_7` → `art. 14, para. 3, item 7`. */
export function eIdLabel(eId) {
  const words = { art: 'art.', para: 'para.', point: 'item', subpoint: 'sub-item', rec: 'preambular para.', authorialNote: 'footnote' };
  return String(eId).split('__')
    .filter((part) => !part.startsWith('list_'))
    .map((part) => {
      const match = /^([A-Za-z]+)_(\d+)$/.exec(part);
      if (!match) return part;
      return `${words[match[1]] || match[1]} ${match[2]}`;
    })
    .join(', ');
}

export const referenceTypeNames = { explicit: 'cites', relative: 'refers to', external: 'cites outside', thematic: 'related' };

/** The printed symbol of a bundled document (`iccpr` → `ICCPR`), else its id. */
export const knownSymbols = { 'a-res-62-148': 'A/RES/62/148', iccpr: 'ICCPR' };
export function documentSymbol(doc) {
  return knownSymbols[doc] || doc;
}
