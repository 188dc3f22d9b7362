import * as migration_20261122_080350_initial from './20261122_080350_initial'
import * as migration_20261122_104833_site_builds from './20261122_104833_site_builds'
import * as migration_20261122_113357_commune_template from './20261122_113357_commune_template'
import * as migration_20261122_113535_posts_tenant_published_at from './20261122_113535_posts_tenant_published_at'
import * as migration_20261206_073257_users_no_login_lock from './20261206_073257_users_no_login_lock'
import * as migration_20261206_073715_first_published_at from './20261206_073715_first_published_at'
import * as migration_20261206_073745_two_factor from './20261206_073745_two_factor'
import * as migration_20261206_081238_media_public from './20261206_081238_media_public'
import * as migration_20261206_142526_oversight_weekly_digest from './20261206_142526_oversight_weekly_digest'
import * as migration_20261206_143131_holidays_royalties from './20261206_143131_holidays_royalties'
import * as migration_20261206_180323_royalties_announcements from './20261206_180323_royalties_announcements'
import * as migration_20261206_203908_reorganisation from './20261206_203908_reorganisation'
import * as migration_20261206_235740_alerts_province from './20261206_235740_alerts_province'
import * as migration_20261207_000506_syndication from './20261207_000506_syndication'
import * as migration_20261207_002951_page_feedback from './20261207_002951_page_feedback'
import * as migration_20261207_005825_district_newsrooms from './20261207_005825_district_newsrooms'
import * as migration_20261207_035659_commune_cover from './20261207_035659_commune_cover'

export const migrations = [
  {
    up: migration_20261122_080350_initial.up,
    down: migration_20261122_080350_initial.down,
    name: '20261122_080350_initial',
  },
  {
    up: migration_20261122_104833_site_builds.up,
    down: migration_20261122_104833_site_builds.down,
    name: '20261122_104833_site_builds',
  },
  {
    up: migration_20261122_113357_commune_template.up,
    down: migration_20261122_113357_commune_template.down,
    name: '20261122_113357_commune_template',
  },
  {
    up: migration_20261122_113535_posts_tenant_published_at.up,
    down: migration_20261122_113535_posts_tenant_published_at.down,
    name: '20261122_113535_posts_tenant_published_at',
  },
  {
    up: migration_20261206_073257_users_no_login_lock.up,
    down: migration_20261206_073257_users_no_login_lock.down,
    name: '20261206_073257_users_no_login_lock',
  },
  {
    up: migration_20261206_073715_first_published_at.up,
    down: migration_20261206_073715_first_published_at.down,
    name: '20261206_073715_first_published_at',
  },
  {
    up: migration_20261206_073745_two_factor.up,
    down: migration_20261206_073745_two_factor.down,
    name: '20261206_073745_two_factor',
  },
  {
    up: migration_20261206_081238_media_public.up,
    down: migration_20261206_081238_media_public.down,
    name: '20261206_081238_media_public',
  },
  {
    up: migration_20261206_142526_oversight_weekly_digest.up,
    down: migration_20261206_142526_oversight_weekly_digest.down,
    name: '20261206_142526_oversight_weekly_digest',
  },
  {
    up: migration_20261206_143131_holidays_royalties.up,
    down: migration_20261206_143131_holidays_royalties.down,
    name: '20261206_143131_holidays_royalties',
  },
  {
    up: migration_20261206_180323_royalties_announcements.up,
    down: migration_20261206_180323_royalties_announcements.down,
    name: '20261206_180323_royalties_announcements',
  },
  {
    up: migration_20261206_203908_reorganisation.up,
    down: migration_20261206_203908_reorganisation.down,
    name: '20261206_203908_reorganisation',
  },
  {
    up: migration_20261206_235740_alerts_province.up,
    down: migration_20261206_235740_alerts_province.down,
    name: '20261206_235740_alerts_province',
  },
  {
    up: migration_20261207_000506_syndication.up,
    down: migration_20261207_000506_syndication.down,
    name: '20261207_000506_syndication',
  },
  {
    up: migration_20261207_002951_page_feedback.up,
    down: migration_20261207_002951_page_feedback.down,
    name: '20261207_002951_page_feedback',
  },
  {
    up: migration_20261207_005825_district_newsrooms.up,
    down: migration_20261207_005825_district_newsrooms.down,
    name: '20261207_005825_district_newsrooms',
  },
  {
    up: migration_20261207_035659_commune_cover.up,
    down: migration_20261207_035659_commune_cover.down,
    name: '20261207_035659_commune_cover',
  },
]
