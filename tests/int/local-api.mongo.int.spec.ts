import { describe, it } from 'vitest'
import { defineLocalApiSuite } from './local-api-suite'

/** The same suite on MongoDB whenever MONGODB_TEST_URI points at a server (none can run here). */
const uri = process.env.MONGODB_TEST_URI
if (uri) defineLocalApiSuite('Local API on MongoDB', uri)
else describe('Local API on MongoDB', () => it.skip('runs when MONGODB_TEST_URI is set', () => {}))
