/**
 * The smallest Lexical documents the CMS writes itself: paragraphs and h2 headings of plain
 * text, as the rich-text editor stores them. Used by the provisioning template's defaults and
 * the demo content.
 */

export type LexicalTextNode = {
  type: 'text'
  text: string
  format: 0
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}
export type LexicalParagraphNode = {
  type: 'paragraph'
  format: ''
  indent: 0
  version: 1
  direction: 'ltr'
  textFormat: 0
  textStyle: ''
  children: LexicalTextNode[]
}
export type LexicalHeadingNode = {
  type: 'heading'
  tag: 'h2'
  format: ''
  indent: 0
  version: 1
  direction: 'ltr'
  children: LexicalTextNode[]
}
export type LexicalDoc = {
  root: {
    type: 'root'
    format: ''
    indent: 0
    version: 1
    direction: 'ltr'
    children: (LexicalParagraphNode | LexicalHeadingNode)[]
  }
}

/** A paragraph's text, or a heading above the paragraphs that follow it. */
export type LexicalBlock = string | { heading: string }

const textNode = (text: string): LexicalTextNode => ({
  type: 'text',
  text: text.normalize('NFC'),
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const paragraphNode = (text: string): LexicalParagraphNode => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [textNode(text)],
})

const headingNode = (text: string): LexicalHeadingNode => ({
  type: 'heading',
  tag: 'h2',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children: [textNode(text)],
})

/** Builds a Lexical document: strings become paragraphs, `{ heading }` becomes an h2. */
export function lexicalFromParagraphs(blocks: LexicalBlock[]): LexicalDoc {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: blocks.map((block) => (typeof block === 'string' ? paragraphNode(block) : headingNode(block.heading))),
    },
  }
}
