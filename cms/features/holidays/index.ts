import type { Plugin } from 'payload'

/** Lịch nghỉ lễ: Vietnam's public holidays (lunar ones included) and the days off the government announces, for the 5-working-day rule (issue 12). */
export const holidaysPlugin = (): Plugin => (config) => config
