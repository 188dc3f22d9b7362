import crypto from 'node:crypto'

/**
 * Letters nobody misreads (no i, l, o, n, u, v in either case) and that the strength estimate
 * (zxcvbn, cms/lib/passwords.ts) does not read as "l33t" look-alikes of other letters: a password
 * full of such characters (digits, "uu", "vv", "nn") costs it a hundred milliseconds or more to
 * weigh, a password of these letters a few, which counts when a province's 468 accounts are made.
 */
const LETTERS = 'abcdefghjkmpqrstwxyzABCDEFGHJKMPQRSTWXYZ'
const DIGITS = '23456789'

const randomFrom = (alphabet: string, count: number): string =>
  Array.from({ length: count }, () => alphabet[crypto.randomInt(alphabet.length)]).join('')

/**
 * A random password that passes any sane policy: four groups of five letters of both cases,
 * hyphens and a digit, about 109 bits ("tjMPW-pRGmF-QGGth-DakZf7"). Board accounts start with
 * one nobody sees; the demo province writes its own to data/demo-credentials.json.
 */
export const generatePassword = (): string =>
  `${[0, 1, 2, 3].map(() => randomFrom(LETTERS, 5)).join('-')}${randomFrom(DIGITS, 1)}`
