import { APIError } from 'payload'

/**
 * A request refused for what it asks. The log gets the English reason (at info level, see
 * plugin.ts); the person gets the Vietnamese message (error-messages.ts puts it in the answer).
 */
export class RefusedRequest extends APIError {
  readonly vietnamese: string
  constructor(vietnamese: string, reason: string, status = 400) {
    super(`API request refused: ${reason}`, status, undefined, true)
    this.name = 'RefusedRequest'
    this.vietnamese = vietnamese
  }
}
