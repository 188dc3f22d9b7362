import { defineLocalApiSuite } from './local-api-suite'

/**
 * The Local API suite again, on MongoDB. It needs a MongoDB server (MONGODB_TEST_URI, emptied
 * first); without one, none runs here, its tests are reported as skipped.
 */
const uri = process.env.MONGODB_TEST_URI
defineLocalApiSuite('Local API on MongoDB', uri, { runIf: Boolean(uri) })
