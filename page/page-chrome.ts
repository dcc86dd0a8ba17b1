/**
 * Blocks inside an article's container that are page chrome told by their words, not by their
 * class: a byline or meta line ("By …· 4 min read · 312 comments", "Halaman 1/1 · 27 Komentar"),
 * an inserted link ("Baca juga: …", "Read more: …", "À lire aussi"), an ad label, a photo caption
 * with its credit, a pager of bare numbers. Only short blocks are looked at, and only their first few hundred characters are read,
 * so the check costs the same on any page.
 */

/** Longer blocks are running text, whatever their words. */
const SHORT_BLOCK = 200;
const MAX_NODES = 40;

/** Reading times, comment, share and view counts, page counters, series parts. */
const META_CUE =
  /\d\s*(min(ute)?s?|menit|Min)\b|\b(min read|read time|reading time|waktu baca|lesezeit|lecture|de leitura|de lectura|comments?|komentar|commentaires?|kommentare?|comentários?|comentarios?|shares?|dibaca|views|readers now|halaman \d+|page \d+ of \d+|part \d+ of \d+|bagian \d+ dari \d+)\b/i;
/** A byline: a credit word and a name (two capitalised words: "By Ana Lestari", not "By contrast"). */
const BYLINE_START = /^(?:[Bb]y|[Oo]leh|[Pp]enulis|[Rr]eporter|[Ee]ditor|[Pp]or|[Pp]ar|[Vv]on|[Rr]edaksi|[Rr]edação|[Rr]edacción|[Rr]edaktion)\s*:?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
/** Separators of a meta line. */
const SEPARATOR = /[·•|]|\s[-–]\s/;
/** Inserted links and recommendations, in the languages Recount reads: these phrases open nothing else. */
const INSERT_START =
  /^(baca juga|baca pula|lihat juga|simak juga|artikel terkait|berita terkait|pilihan editor|read more|read also|also read|see also|à lire aussi|lire aussi|sur le même sujet|veja também|leia também|noticias relacionadas|lee también|te puede interesar|mehr zum thema|lesen sie auch)(?=[\s:·|—–-]|$)/i;
/** Words that open a label only when a separator follows them ("Related:", "Advertisement ·"), not a sentence ("Related work is…"). */
const LABEL_START =
  /^(related|recommended|more on this|advertisement|sponsored|iklan|voir aussi|publicité|leia mais|publicidade|publicidad|anzeige|auch interessant)\s*([:·|—–]|-\s|$)/i;
/** A caption's credit or gallery counter: "Photo 1 of 12", "Foto: Antara", "(Photo: Reuters)". */
const PHOTO_CREDIT = /\b(photo|foto|image|gambar|ilustrasi|credit|kredit|bild)\s*(\d+\s*(of|dari|von|de)\s*\d+|:)|\(\s*(photo|foto)\b|getty images|\bap photo\b/i;
/** A pager: numbers, arrows and "next"/"selanjutnya" only. */
const PAGER = /^(?:[\d\s·|/<>«»‹›→←….-]|next|prev(?:ious)?|selanjutnya|sebelumnya|halaman|page|seite|página|suivant)+$/i;

export function isChromeBlock(el: Element): boolean {
  const text = shortText(el);
  if (text === null || text === '') return false;
  if (INSERT_START.test(text) || LABEL_START.test(text) || PHOTO_CREDIT.test(text)) return true;
  if (/\d/.test(text) && PAGER.test(text)) return true;
  if (BYLINE_START.test(text) && (SEPARATOR.test(text) || text.length < 60)) return true;
  return META_CUE.test(text) && (SEPARATOR.test(text) || text.length < 40);
}

/** The element's text, trimmed, or null when it is longer than a short block. */
function shortText(el: Element): string | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let i = 0; i < MAX_NODES; i++) {
    const n = walker.nextNode();
    if (!n) return text.replace(/\s+/g, ' ').trim();
    text += (n as Text).data;
    if (text.trim().length > SHORT_BLOCK) return null;
  }
  return null;
}
