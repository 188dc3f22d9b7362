/** What "Nghe bài viết" reads, in pieces (scripts/page-tools.ts). */

/** Sentences grouped into pieces of at most ~220 characters: long utterances stop early in some browsers. */
export const speechChunks = (text: string, max = 220): string[] => {
  const sentences =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(/[^.!?…;:]+[.!?…;:]*\s*/g) ?? []
  const chunks: string[] = []
  let current = ''
  for (const sentence of sentences) {
    if (current && (current + sentence).length > max) {
      chunks.push(current.trim())
      current = ''
    }
    current += sentence
  }
  if (current.trim()) chunks.push(current.trim())
  return chunks
}
