/**
 * The mark of the province's platform: a gold star on a red disc, as state bodies' portals show
 * (drawn here, no image request; decorative, the name beside it says what it is).
 */
export const ProvinceEmblem = ({ className }: { className?: string }) => (
  <svg className={className} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
    <circle cx="32" cy="32" r="30" fill="#c8102e" stroke="#f2c200" strokeWidth="3" />
    <path fill="#f2c200" d="M32 12l5.3 16.2h17.1L40.6 38.3l5.3 16.2L32 44.4 18.1 54.5l5.3-16.2L9.6 28.2h17.1z" />
  </svg>
)
