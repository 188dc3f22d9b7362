import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Headless, with everything that talks to Google switched off. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Debian's Chromium, headless, with everything that talks to Google switched off. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
