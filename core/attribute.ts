/** API names as HTML attribute names: `attendanceMode` → `attendance-mode` (widgets, configurator, element manifest). */
export const attributeName = (name: string) => name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)
