import { defineLocalApiSuite } from './local-api-suite'

defineLocalApiSuite('Local API on SQLite')
