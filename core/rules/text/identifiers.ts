/**
 * National identifiers, bank and card numbers, recognised by their structure and check digits so
 * that order numbers, phone numbers and dates are not mistaken for them.
 *
 * - CN resident identity number (GB 11643-1999): 6-digit region, birth date YYYYMMDD, 3-digit
 *   sequence, check character by ISO 7064 MOD 11-2.
 * - Payment card numbers (ISO/IEC 7812): 13–19 digits, Luhn check, a known issuer prefix, written
 *   as one run or in the usual groups (4-4-4-4, 4-6-5, …).
 * - IBAN (ISO 13616): country code, 2 check digits, the country's length, mod-97 = 1.
 * - US SSN: AAA-GG-SSSS; area 000, 666 and 900–999, group 00 and serial 0000 are never issued.
 * - UK National Insurance number: two letters, six digits, suffix A–D; the first letter is not
 *   D, F, I, Q, U or V, the second not D, F, I, O, Q, U or V, and BG, GB, KN, NK, NT, TN and ZZ
 *   are not used as prefixes.
 */

import { lazily } from '../../lazily';

export type IdentifierKind = 'cn-resident-id' | 'card' | 'iban' | 'us-ssn' | 'uk-nino';

export interface FoundIdentifier {
  kind: IdentifierKind;
  /** As written in the text. */
  text: string;
  index: number;
}

/** What makes the match more than a look-alike. */
export const IDENTIFIER_CHECKS: Record<IdentifierKind, string> = {
  'cn-resident-id': 'its birth date and MOD 11-2 check digit are valid',
  card: 'its Luhn check digit is valid',
  iban: 'its mod-97 check digits are valid',
  'us-ssn': 'it has the format of an issued number',
  'uk-nino': 'it has the format of an allocated number',
};

export const IDENTIFIER_NAMES: Record<IdentifierKind, string> = {
  'cn-resident-id': 'Chinese resident identity number',
  card: 'payment card number',
  iban: 'IBAN (bank account number)',
  'us-ssn': 'US Social Security number',
  'uk-nino': 'UK National Insurance number',
};

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CN_CHECK = '10X98765432';
/** First two digits: provinces, municipalities and regions in use. */
const CN_PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]);

export function isCnResidentId(s: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(s)) return false;
  if (!CN_PROVINCES.has(Number(s.slice(0, 2)))) return false;
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  if (date.getTime() > Date.now()) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * CN_WEIGHTS[i]!;
  return CN_CHECK[sum % 11] === s[17]!.toUpperCase();
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes of the card schemes in wide use (Visa, Mastercard, Amex, Diners, Discover, JCB, UnionPay, Maestro). */
function knownIssuer(d: string): boolean {
  const p2 = Number(d.slice(0, 2));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === '4') return true;
  if (p2 >= 51 && p2 <= 55) return true;
  if (p4 >= 2221 && p4 <= 2720) return true;
  if (p2 === 34 || p2 === 37 || p2 === 36 || p2 === 38 || p2 === 30 || p2 === 35) return true;
  if (p2 === 62 || p2 === 65 || p4 === 6011 || (p2 >= 64 && p2 <= 65)) return true;
  if (p2 === 50 || (p2 >= 56 && p2 <= 58) || p2 === 63 || p2 === 67) return true;
  return false;
}

/** Group lengths cards are printed in. */
const CARD_GROUPS = [/^4(,4){2}(,[1-4])$/, /^4(,4){3}(,[1-3])?$/, /^4,6,[45]$/];

export function isCardNumber(written: string): boolean {
  const groups = written.split(/[ -]/);
  const digits = groups.join('');
  if (digits.length < 13 || digits.length > 19) return false;
  if (groups.length > 1) {
    if (new Set(written.match(/[ -]/g)).size > 1) return false; // mixed separators: not a card as printed
    const shape = groups.map((g) => g.length).join(',');
    if (!CARD_GROUPS.some((re) => re.test(shape))) return false;
  }
  return knownIssuer(digits) && luhn(digits);
}

/** IBAN lengths by country (ISO 13616 registry). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22,
  VG: 24, XK: 20,
};

export function isIban(written: string): boolean {
  const s = written.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of v) rem = (rem * 10 + Number(digit)) % 97;
  }
  return rem === 1;
}

export function isSsn(s: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(s);
  if (!m) return false;
  const area = Number(m[1]);
  return area !== 0 && area !== 666 && area < 900 && m[2] !== '00' && m[3] !== '0000';
}

const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export function isNino(written: string): boolean {
  const s = written.replace(/ /g, '');
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false;
  return !NINO_BAD_PREFIX.has(s.slice(0, 2));
}

// Candidates: runs not glued to letters, digits or the '+' of a phone number.
const CN_ID = lazily(() => /(?<![\p{L}\p{N}])\d{17}[\dXx](?![\p{L}\p{N}])/gu);
const DIGIT_RUN = lazily(() => /(?<![\p{L}\p{N}+#.\/-])\d+(?:[ -]\d+)*(?![\p{L}\p{N}\/]|[.-]\d)/gu);
const IBAN = lazily(() => /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\p{L}\p{N}])/gu);
const SSN = lazily(() => /(?<![\p{L}\p{N}-])\d{3}-\d{2}-\d{4}(?![\p{L}\p{N}]|-\d)/gu);
const NINO = lazily(() => /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/gu);
/** Words before a number that make it a reference rather than a card. */
const REFERENCE = /(?:order|invoice|ticket|tracking|reference|ref|po|sku|case|订单|工单|单号|编号|发票)[\s#:：.no-]*$/i;

/**
 * Necessary conditions, tested before the patterns above (which look around every character):
 * each identifier holds ASCII digits; a card as printed (a run of 13–19 digits, or groups that
 * start with 4) holds four digits, a space or hyphen at most, then four more.
 */
const HAS_DIGIT = /\d/;
const MAY_CN_ID = /\d{17}/;
const MAY_IBAN = /[A-Z]{2}\d{2}/;
const MAY_SSN = /\d{3}-\d{2}-\d{4}/;
const MAY_NINO = /[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]/;
const MAY_CARD = /\d{4}[ -]?\d{4}/;

export function findIdentifiers(text: string): FoundIdentifier[] {
  if (!HAS_DIGIT.test(text)) return [];
  const out: FoundIdentifier[] = [];
  const taken: [number, number][] = [];
  const add = (kind: IdentifierKind, m: RegExpMatchArray) => {
    const start = m.index!;
    const end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && a < end)) return;
    taken.push([start, end]);
    out.push({ kind, text: m[0], index: start });
  };
  if (MAY_CN_ID.test(text)) for (const m of text.matchAll(CN_ID())) if (isCnResidentId(m[0])) add('cn-resident-id', m);
  if (MAY_IBAN.test(text)) for (const m of text.matchAll(IBAN())) {
    if (isIban(m[0])) add('iban', m);
    else taken.push([m.index!, m.index! + m[0].length]); // IBAN-shaped but invalid: its digits are not a card either
  }
  if (MAY_SSN.test(text)) for (const m of text.matchAll(SSN())) if (isSsn(m[0])) add('us-ssn', m);
  if (MAY_NINO.test(text)) for (const m of text.matchAll(NINO())) if (isNino(m[0])) add('uk-nino', m);
  if (MAY_CARD.test(text)) for (const run of text.matchAll(DIGIT_RUN())) {
    // A run may hold a card number between other numbers ("… 4111 1111 1111 1111 2027"): try each window of groups.
    const groups = [...run[0].matchAll(/\d+/g)].map((g) => ({ start: run.index! + g.index, end: run.index! + g.index + g[0].length }));
    for (let i = 0; i < groups.length; i++)
      for (let j = Math.min(groups.length, i + 5); j > i; j--) {
        const start = groups[i]!.start;
        const written = text.slice(start, groups[j - 1]!.end);
        if (!isCardNumber(written) || REFERENCE.test(text.slice(Math.max(0, start - 16), start))) continue;
        const m = Object.assign([written], { index: start }) as RegExpMatchArray;
        add('card', m);
        i = j - 1;
        break;
      }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Shows only the last four characters: "…1234". */
export function mask(written: string): string {
  const plain = written.replace(/[ -]/g, '');
  return `…${plain.slice(-4)}`;
}
