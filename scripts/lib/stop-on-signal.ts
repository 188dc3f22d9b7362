/**
 * For the commands that work unit by unit (provision, reorganise): the first Ctrl-C (or SIGTERM)
 * stops after the current unit, so the next run resumes; the second stops at once (exit 130).
 * Returns whether a stop was asked.
 */
export const stopOnSignal = (): (() => boolean) => {
  let stop = false
  const onSignal = () => {
    if (stop) process.exit(130)
    stop = true
    console.error('Đang dừng sau đơn vị hiện tại (Ctrl-C lần nữa để dừng ngay); chạy lại lệnh để tiếp tục.')
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return () => stop
}
