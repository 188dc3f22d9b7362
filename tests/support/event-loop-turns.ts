/**
 * Counts the turns of the event loop (one tick per check phase) until stopped: a chain of
 * microtasks, however long, runs within one turn, so work that never waits for I/O shows as
 * reads made at the same count.
 */
export const turnCounter = () => {
  let turns = 0
  let running = true
  const tick = () => {
    turns++
    if (running) setImmediate(tick)
  }
  setImmediate(tick)
  return {
    now: () => turns,
    stop: () => {
      running = false
    },
  }
}
