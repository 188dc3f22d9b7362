import mammoth from 'mammoth'

/** An image found in the .docx, kept aside until the import decides to store it. */
export type WordImage = { index: number; buffer: Buffer; contentType: string; altText: string }

export type WordHtml = { html: string; images: WordImage[]; warnings: string[] }

/** The placeholder `src` of the n-th image; the import swaps it for the stored media. */
export const imageMarker = (index: number): string => `word-image:${index}`

/**
 * Word's own style names (Vietnamese and English templates) for the headings and quotes
 * mammoth does not know by default; "Title" becomes the document's first heading.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
]

/**
 * The .docx as HTML, through mammoth: headings, lists, tables, bold and italic, links. Images
 * are not inlined (no data: URLs): each becomes a marker and its bytes are returned, so the
 * import can store them as the commune's media first. Linked (external) files are never read.
 */
export const docxToHtml = async (buffer: Buffer): Promise<WordHtml> => {
  const images: WordImage[] = []
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(async (image) => {
        const index = images.length + 1
        const altText = (image as { altText?: string }).altText ?? ''
        images.push({ index, buffer: await image.readAsBuffer(), contentType: image.contentType, altText })
        return { src: imageMarker(index) }
      }),
    },
  )
  const warnings = result.messages.map((m) => m.message)
  return { html: result.value, images, warnings }
}
