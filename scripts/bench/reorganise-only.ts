/**
 * The reorganisation benchmark alone (scripts/bench/reorganise.ts), for working on it:
 *   npm exec -- tsx scripts/bench/reorganise-only.ts
 * Prints the figures as JSON.
 */
import { runAlone } from './run-alone'
import { measureReorganisation } from './reorganise'

runAlone(measureReorganisation)
