/** What an inspection found: a Vietnamese description for the editor, an English one for the log. */
export type ActiveContentFinding = {
  readonly code: 'pdf-active-content' | 'office-macros' | 'office-active-content' | 'uninspectable'
  /** Completes "tệp ... chứa ..." in the refusal message. */
  readonly vi: string
  readonly en: string
}

/** Thrown when the content cannot be checked (encrypted, exotic encoding, too large to inflate): refused, never waved through. */
export class UninspectableError extends Error {
  override readonly name = 'UninspectableError'
  constructor(
    readonly vi: string,
    en: string,
  ) {
    super(en)
  }
}

export const uninspectable = (err: UninspectableError): ActiveContentFinding => ({
  code: 'uninspectable',
  vi: err.vi,
  en: err.message,
})
