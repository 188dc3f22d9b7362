import fs from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

/** What the suite's server has printed so far (tests/setup/global-server.ts keeps it in its data folder). */
export const serverLog = (): string => fs.readFileSync(path.join(inject('dataDir'), 'server.log'), 'utf8')
