/** The part of matomo-tracker (no published types) that we use. */
declare module 'matomo-tracker' {
  import { EventEmitter } from 'node:events'
  export default class MatomoTracker extends EventEmitter {
    constructor(siteId: number | string, trackerUrl: string, noURLValidation?: boolean)
    track(options: string | Record<string, string | number>): void
  }
}
