import fs from 'node:fs'

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export const treeRssMb = (pid: number): number => {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      /* gone */
    }
  }
  let kb = 0
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      /* gone */
    }
    for (const c of children.get(p) ?? []) visit(c)
  }
  visit(pid)
  return kb / 1024
}
