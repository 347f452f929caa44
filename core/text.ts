/**
 * Text is stored as plain text: markup is removed (tags, comments), control characters other than newline and tab
 * are dropped, and whitespace is trimmed. Widgets and pages escape on output anyway; this keeps the data clean for
 * every other consumer (CSV, iCalendar, partners' own sites). The input schemas apply it (schema/api/inputs.ts), so
 * validation and normalisation are one step on every write path.
 */
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
