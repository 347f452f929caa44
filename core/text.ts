/**
 * Text is stored as plain text: markup is removed (tags, comments), control characters other than newline and tab
 * are dropped, and whitespace is trimmed. Widgets and pages escape on output anyway; this keeps the data clean for
 * every other consumer (CSV, iCalendar, partners' own sites). The input schemas apply it (schema/api/inputs.ts), so
 * validation and normalisation are one step on every write path.
 */
import { decodeHTML } from 'entities'

const COMMENT = /<!--[\s\S]*?-->/g
const TAG = /<\/?[a-zA-Z][^<>]*>/g
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/**
 * One pass can assemble new markup from the pieces it removed (`<<b>script>` → `<script>`), so passes repeat until
 * nothing changes: the result never contains a tag or a comment. Each pass that changes the text shortens it, so
 * this ends.
 */
export function plain(value: string): string {
  let text = value
  for (;;) {
    const next = text.replace(COMMENT, '').replace(TAG, '').replace(CONTROL, '')
    if (next === text) return text.trim()
    text = next
  }
}

/** True when `plain` would leave the text as it is (apart from surrounding whitespace). */
export const isPlain = (value: string) => plain(value) === value.trim()

const BREAK = /<br\s*\/?>/gi
const BLOCK_END = /<\/(?:p|div|h[1-6]|blockquote|section|article|header|footer|ul|ol|table)\s*>/gi
const LINE_END = /<\/(?:li|tr)\s*>/gi
const ITEM = /<li\b[^>]*>/gi
const HIDDEN = /<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi

/**
 * Text from the HTML that calendar feeds put in descriptions: paragraphs and line breaks become new lines, list
 * items bullets, scripts and styles are dropped with their content, entities are decoded (by `entities`, which
 * knows all of HTML's), then `plain` removes whatever markup is left. Runs of blank lines collapse to one.
 */
export function htmlToText(value: string): string {
  const text = value.replace(HIDDEN, '').replace(BREAK, '\n').replace(BLOCK_END, '\n\n').replace(LINE_END, '\n').replace(ITEM, '• ')
  // Decoding may reveal markup that was escaped (`&lt;b&gt;`): plain() removes that too, so what is left is text.
  return plain(decodeHTML(plain(text))).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/[ \t]{2,}/g, ' ').trim()
}
