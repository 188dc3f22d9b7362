import { doCo } from './do-co'
import { timHoaSung } from './tim-hoa-sung'
import { vangNang } from './vang-nang'
import { xanhLua } from './xanh-lua'
import { xanhSongNuoc } from './xanh-song-nuoc'
import type { SchemeDefinition } from '../tokens'

/** Order fixes the theme numbers (scheme s of family f is theme 5f + s + 1): never reorder. */
export const SCHEMES: readonly SchemeDefinition[] = [doCo, xanhLua, xanhSongNuoc, vangNang, timHoaSung]
