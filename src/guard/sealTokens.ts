/**
 * Seal-like tokens (docs/formats.md, seal-like tokens): any word ending in `_PASS`, `_AUTHORIZED` or `_GRANTED`,
 * matched after NFKC normalization, combining marks stripped, case folding, removal of invisible
 * characters, look-alike letters folded, with `-`, `.`, spaces, line breaks and low lines treated
 * like `_`. The project never emits one.
 */

/**
 * Zero-width, joiner and invisible formatting characters, removed before matching: every format
 * character (`Cf`: tags, Arabic and Egyptian format controls, musical symbol controls …) and every
 * character Unicode says to ignore in display (variation selectors, fillers, the unassigned
 * U+FFF0–FFF8), besides those listed (an attacker's review found tag characters let `APP_P\u{E0041}ASS`,
 * shown as `APP_PASS`, through).
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists invisible and combining characters on purpose
  /[\p{Cf}\p{Default_Ignorable_Code_Point}\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/gu;

/** Dashes, dots, connector punctuation (`‿`, `＿` …) and white space of every script count as `_`. */
const SEPARATORS = /[\p{Pd}\p{Pc}\p{Zs}\s.\u2024\u2027\u30fb\uff0e\uff61]/gu;

/**
 * What draws a line under or between letters — combining low lines (`P\u0332ASS` shows as `_PASS`),
 * the modifier low macron, the double low line, the middle dot — counts as `_` before combining
 * marks are stripped (an accent on a letter, `PAŚS`, is read as the letter).
 */
const LOW_LINES = /[\u0320\u0331\u0332\u0333\u0347\u02cd\u02cf\u2017\u00b7\u0387\u2e31]/gu;

/**
 * Latin look-alikes NFKC leaves alone (Cyrillic and Greek letters in the token words). Folding
 * them only ever makes the detector stricter.
 */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  з: 'z',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  // Small capitals.
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ꞯ: 'q',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ζ: 'z',
  η: 'n',
  г: 'r',
};
const CONFUSABLE_CHARS = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'gu');

const SEAL_TOKEN = /[\p{L}\p{N}]_+(?:pass|authorized|granted)(?![\p{L}\p{N}])/u;

/** The text as the detector sees it. */
export function normalizeForSealMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(LOW_LINES, '_')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(CONFUSABLE_CHARS, (c) => CONFUSABLES[c] ?? c)
    .replace(SEPARATORS, '_');
}

export function containsSealToken(text: string): boolean {
  return SEAL_TOKEN.test(normalizeForSealMatch(text));
}

export const REDACTED = '[redacted]';

/** How much of what was written before a token could continue from (its end, separators and all). */
const CONTEXT = 256;

/** A line's first word, after what stands before it (a token continued from the line above starts there). */
const LEADING_WORD = /^([^\p{L}\p{N}]*)[\p{L}\p{N}\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}_]+/u;

/** What separates the segments of a line redacted one by one: punctuation (letters, marks, invisibles, `_ - .` and spaces are inside). */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: combining and invisible characters are meant to be in the class
const SEGMENT_BREAK = /([^\p{L}\p{N}\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}_\-.\s\u00ad\u034f\u200b-\u200f\u2060-\u206f\ufeff]+)/u;

/** One line with each segment between punctuation that carries a token redacted; a token spanning segments takes the line. */
function redactLine(line: string): string {
  if (!containsSealToken(line)) return line;
  const redacted = line
    .split(SEGMENT_BREAK)
    .map((s) => (containsSealToken(s) ? REDACTED : s))
    .join('');
  return containsSealToken(redacted) ? REDACTED : redacted;
}

/**
 * Replaces every part of `text` that carries a seal-like token. Segments between punctuation
 * are redacted one by one; a token that spans segments takes its whole line with it. Line breaks
 * count as separators, so a token may run from one line into the next (`DELTA_MISMATCH` at the end
 * of one, `pass: …` at the start of the next): the second line's first word is redacted then.
 * `before`: what was written just before `text` on the same stream, already guarded. The result
 * never contains a token, nor does `before` followed by it.
 */
export function redactSealTokens(text: string, before = ''): string {
  if (!containsSealToken(`${before}${text}`)) return text;
  let written = before.slice(-CONTEXT);
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let safe = redactLine(line);
    if (containsSealToken(`${written}${safe}`)) safe = safe.replace(LEADING_WORD, `$1${REDACTED}`);
    if (containsSealToken(`${written}${safe}`)) safe = REDACTED;
    out.push(safe);
    written = `${written}${safe}\n`.slice(-CONTEXT);
  }
  const result = out.join('\n');
  return containsSealToken(`${before}${result}`) ? REDACTED : result;
}
