/** Progress of a long job: done/total and time left, at most every 5 s. */
export const progressReporter = (total: number, what: string, log: (line: string) => void) => {
  const started = Date.now()
  let done = 0
  let lastPrint = 0
  const line = () => {
    const elapsed = (Date.now() - started) / 1000
    const left = done > 0 ? ((total - done) * elapsed) / done : 0
    return `${done}/${total} ${what} (${elapsed.toFixed(0)} s elapsed, about ${left.toFixed(0)} s left)`
  }
  return {
    tick: () => {
      done++
      if (Date.now() - lastPrint > 5000 && done < total) {
        lastPrint = Date.now()
        log(line())
      }
    },
    done: () => {
      if (total > 0) log(line())
    },
  }
}
