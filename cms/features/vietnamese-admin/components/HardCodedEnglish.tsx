'use client'
import { type ReactNode, useEffect } from 'react'
import { ATTRIBUTES, vietnameseAttribute, vietnameseText } from '../hard-coded-strings'

/** What people type (rich text, inputs' values) is theirs: never rewritten. */
const isUserContent = (node: Node): boolean =>
  Boolean((node instanceof Element ? node : node.parentElement)?.closest('[contenteditable="true"]'))

/** Payload's checkbox shows its field's name ("published") as its tooltip: the field's label instead. */
const fixCheckboxTitle = (el: Element) => {
  if (!(el instanceof HTMLInputElement) || el.type !== 'checkbox' || !el.name || el.title !== el.name) return
  const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() : ''
  if (label) el.title = label
  else el.removeAttribute('title')
}

const fixElement = (el: Element) => {
  if (isUserContent(el)) return
  fixCheckboxTitle(el)
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name)
    if (!value) continue
    const fixed = vietnameseAttribute(value)
    if (fixed !== value) el.setAttribute(name, fixed)
  }
}

const fixText = (node: Node) => {
  const value = node.nodeValue
  if (!value || isUserContent(node)) return
  const fixed = vietnameseText(value)
  if (fixed !== value) node.nodeValue = fixed
}

const fixTree = (root: Node) => {
  if (root.nodeType === Node.TEXT_NODE) return fixText(root)
  if (!(root instanceof Element)) return
  fixElement(root)
  for (const el of root.querySelectorAll(ATTRIBUTES.map((a) => `[${a}]`).join(','))) fixElement(el)
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) fixText(node)
}

/**
 * Rewrites the English that the admin's libraries hard-code (hard-coded-strings.ts) as it
 * appears, including in drawers, toasts and the editor's floating buttons rendered later.
 */
export const HardCodedEnglish = ({ children }: { children?: ReactNode }) => {
  useEffect(() => {
    // The whole document: the page's <title> carries Payload's " - ID: " fallback too.
    fixTree(document.documentElement)
    const observer = new MutationObserver((mutations) => {
      for (const m of mutations) {
        if (m.type === 'attributes') fixElement(m.target as Element)
        else if (m.type === 'characterData') fixText(m.target)
        else for (const node of m.addedNodes) fixTree(node)
      }
    })
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...ATTRIBUTES],
    })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
