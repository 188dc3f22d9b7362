import type { Payload } from 'payload'

/**
 * The province with only the first `communes` communes of its first district (the units list of
 * data/): enough for tenants to be told apart, fast to seed. `scale` 0: no demo content.
 */
export const seedFirstDistrict = async (payload: Payload, { communes, scale }: { communes: number; scale: number }) => {
  const { loadSeedUnits } = await import('../../cms/features/provisioning/units')
  const { seed } = await import('../../demo')
  const all = loadSeedUnits()
  const district = all.districts[0]!
  const units = {
    ...all,
    districts: [district],
    communes: all.communes.filter((c) => c.districtCode === district.code).slice(0, communes),
  }
  await seed(payload, { scale, units, log: () => {} })
}
