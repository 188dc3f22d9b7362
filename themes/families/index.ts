import { coDien } from './co-dien'
import { congThongTin } from './cong-thong-tin'
import { gonNhe } from './gon-nhe'
import { hanhChinh } from './hanh-chinh'
import { tapChi } from './tap-chi'
import type { FamilyDefinition } from '../tokens'

/** Order fixes the theme numbers (family f is themes 5f+1..5f+5): never reorder. */
export const FAMILIES: readonly FamilyDefinition[] = [coDien, congThongTin, tapChi, gonNhe, hanhChinh]
