import * as migration_20261122_080350_initial from './20261122_080350_initial';
import * as migration_20261122_104833_site_builds from './20261122_104833_site_builds';

export const migrations = [
  {
    up: migration_20261122_080350_initial.up,
    down: migration_20261122_080350_initial.down,
    name: '20261122_080350_initial',
  },
  {
    up: migration_20261122_104833_site_builds.up,
    down: migration_20261122_104833_site_builds.down,
    name: '20261122_104833_site_builds'
  },
];
