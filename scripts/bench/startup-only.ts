/**
 * The start-up benchmark alone (scripts/bench/startup.ts), for working on it:
 *   npm exec -- tsx scripts/bench/startup-only.ts
 * Prints the figures as JSON.
 */
import { runAlone } from './run-alone'
import { measureStartup } from './startup'

runAlone(measureStartup)
