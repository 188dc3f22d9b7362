import type { DateField, Field } from 'payload'

/** Vietnamese order and a 24-hour clock, as people write dates in the province's documents. */
export const DATE_TIME_FORMAT = 'dd/MM/yyyy HH:mm'
const TIME_FORMAT = 'HH:mm'

type Appearance = NonNullable<NonNullable<DateField['admin']>['date']>['pickerAppearance']

/** The display for each picker: a day-only field shows no time (Payload stores noon for those). */
const DISPLAY: Record<NonNullable<Appearance>, string> = {
  default: 'dd/MM/yyyy',
  dayOnly: 'dd/MM/yyyy',
  dayAndTime: DATE_TIME_FORMAT,
  timeOnly: TIME_FORMAT,
  monthOnly: 'MM/yyyy',
}

/**
 * A date field with the Vietnamese display and a 24-hour time list, unless the field sets its
 * own display. Payload's defaults are "MM/dd/yyyy" and "MMM d, yyy h:mm a" (month first, AM/PM);
 * the display format is what the picker's input, list cells and document titles print.
 */
export const withVietnameseDate = (field: Field): Field => {
  if (field.type !== 'date') return field
  // The props type is a union per appearance; timeFormat is on the time-showing ones.
  const date: NonNullable<NonNullable<DateField['admin']>['date']> & { timeFormat?: string } = field.admin?.date ?? {}
  const appearance = date.pickerAppearance ?? 'default'
  return {
    ...field,
    admin: {
      ...field.admin,
      date: {
        ...date,
        displayFormat: date.displayFormat ?? DISPLAY[appearance],
        ...(appearance === 'dayAndTime' || appearance === 'timeOnly'
          ? { timeFormat: date.timeFormat ?? TIME_FORMAT }
          : {}),
      },
    },
  } as Field
}
